using Parallax.Extraction.Metadata;

namespace Parallax.Extraction.Tests;

public sealed class MetadataParsingTests
{
    [Theory]
    [InlineData("2025-09-12", 2025, 9, 12, 0, 0)]
    [InlineData("2025-09-12T14:30:00Z", 2025, 9, 12, 14, 30)]
    [InlineData("2025-09-12T16:30:00+02:00", 2025, 9, 12, 14, 30)]
    [InlineData("Fri, 12 Sep 2025 14:30:00 GMT", 2025, 9, 12, 14, 30)]
    [InlineData("12 September 2025", 2025, 9, 12, 0, 0)]
    [InlineData("September 12, 2025", 2025, 9, 12, 0, 0)]
    [InlineData("Sept 12, 2025", 2025, 9, 12, 0, 0)]
    [InlineData("12th September 2025", 2025, 9, 12, 0, 0)]
    public void Common_date_forms_parse_to_the_same_instant(string value, int year, int month, int day, int hour, int minute)
    {
        var parsed = PublishedDateParser.Parse(value);
        Assert.NotNull(parsed);
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero), parsed.Value.ToUniversalTime());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2025-13-45")]
    [InlineData("12 Smarch 2025")]
    public void Unparseable_dates_are_null(string? value) => Assert.Null(PublishedDateParser.Parse(value));

    [Theory]
    [InlineData("https://www.themoscowtimes.com/2025/09/12/x", "themoscowtimes.com")]
    [InlineData("http://news.example.org/a?b=c", "news.example.org")]
    [InlineData("https://m.example.co.uk/story", "example.co.uk")]
    [InlineData("not a url", null)]
    [InlineData("ftp://files.example.com/a", null)]
    public void Url_hosts_name_the_outlet(string url, string? expected) => Assert.Equal(expected, OutletNames.FromUrl(url));

    [Theory]
    [InlineData("/data/000_3b66936d71acaa1a.txt", "000_3b66936d71acaa1a")]
    [InlineData("/data/012_reuters.txt", "reuters")]
    [InlineData("/data/3fa9c2d1-bbc-news.html.gz", "bbc-news")]
    [InlineData("/data/guardian.json", "guardian")]
    [InlineData("/data/feed.jsonl:12", "feed")]
    [InlineData("/data/2025_09_12.txt", "2025_09_12")]
    public void File_names_lose_numeric_prefixes_only_when_a_name_remains(string path, string expected) =>
        Assert.Equal(expected, OutletNames.FromFileName(path));

    [Fact]
    public void Dashes_without_key_value_lines_are_not_front_matter()
    {
        var text = "---\nThe minister resigned on Friday.\n---\nMore text.";
        var (metadata, body) = FrontMatter.Split(text);
        Assert.Equal(DeclaredMetadata.None, metadata);
        Assert.Equal(text, body);
    }
}
