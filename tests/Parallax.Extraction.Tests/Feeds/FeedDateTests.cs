namespace Parallax.Extraction.Tests.Feeds;

public sealed class FeedDateTests
{
    private static DateTimeOffset? PublishedOf(string pubDate) =>
        Assert.Single(FeedXml.ParseFeed(FeedXml.RssWithItem($"<title>x</title><pubDate>{pubDate}</pubDate>")).Items).Published;

    [Theory]
    [InlineData("Fri, 12 Sep 2025 10:30:00 GMT", "2025-09-12T10:30:00+00:00")]
    [InlineData("Fri, 12 Sep 2025 10:30:00 UT", "2025-09-12T10:30:00+00:00")]
    [InlineData("Fri, 12 Sep 2025 10:30:00 Z", "2025-09-12T10:30:00+00:00")]
    [InlineData("Fri, 12 Sep 2025 10:30:00 EST", "2025-09-12T10:30:00-05:00")]
    [InlineData("Fri, 12 Sep 2025 10:30:00 EDT", "2025-09-12T10:30:00-04:00")]
    [InlineData("Fri, 12 Sep 2025 10:30:00 CST", "2025-09-12T10:30:00-06:00")]
    [InlineData("Fri, 12 Sep 2025 10:30:00 PDT", "2025-09-12T10:30:00-07:00")]
    [InlineData("Fri, 12 Sep 2025 10:30:00 PST", "2025-09-12T10:30:00-08:00")]
    [InlineData("Fri, 12 Sep 2025 10:30:00 +0200", "2025-09-12T10:30:00+02:00")]
    [InlineData("Fri, 12 Sep 2025 10:30:00 -0330", "2025-09-12T10:30:00-03:30")]
    [InlineData("Fri, 12 Sep 2025 10:30:00 +05:30", "2025-09-12T10:30:00+05:30")]
    [InlineData("12 Sep 2025 10:30 +0000", "2025-09-12T10:30:00+00:00")]
    [InlineData("Fri, 12 Sep 25 10:30:00 GMT", "2025-09-12T10:30:00+00:00")]
    [InlineData("Sat, 12 Sep 2025 10:30:00 GMT", "2025-09-12T10:30:00+00:00")] // wrong weekday: the date wins
    [InlineData("Friday, 12 September 2025 10:30:00 GMT", "2025-09-12T10:30:00+00:00")]
    [InlineData("Fri, 2 Sep 2025 10:30:00", "2025-09-02T10:30:00+00:00")]
    [InlineData("  Fri,  12 Sep 2025   10:30:00 GMT ", "2025-09-12T10:30:00+00:00")]
    [InlineData("2025-09-12T10:30:00+02:00", "2025-09-12T10:30:00+02:00")]
    [InlineData("2025-09-12T10:30:00Z", "2025-09-12T10:30:00+00:00")]
    [InlineData("2025-09-12", "2025-09-12T00:00:00+00:00")]
    public void Dates_in_the_forms_feeds_use_are_parsed(string pubDate, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PublishedOf(pubDate));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("Fri, 31 Feb 2025 10:30:00 GMT")]
    [InlineData("Fri, 12 Foo 2025 10:30:00 GMT")]
    [InlineData("Fri, 12 Sep 2025 25:30:00 GMT")]
    [InlineData("Fri, 12 Sep 2025 10:30:00 XYZ")]
    [InlineData("")]
    public void Dates_that_cannot_be_parsed_are_null_and_the_item_is_kept(string pubDate)
    {
        Assert.Null(PublishedOf(pubDate));
    }
}
