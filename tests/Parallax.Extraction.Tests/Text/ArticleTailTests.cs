using Parallax.Extraction.Text;

namespace Parallax.Extraction.Tests.Text;

/// <summary>
/// The closing appeal of a page ("we need your support") is trimmed; the article's own last paragraph is not, when
/// its "we" is inside a quotation (wire copy writes quotes as ``…'') or when there is no article before it.
/// </summary>
public sealed class ArticleTailTests
{
    [Fact]
    public void A_last_paragraph_whose_we_is_inside_a_wire_quotation_stays_in_the_body()
    {
        const string text = """
            The transport minister said Tuesday that the new rail line would open next spring, two years later than planned, after a review of the signalling contracts.

            ``We owe commuters a line that works, and we mean to deliver one,'' the minister said, adding that the project still had broad support among the regional councils paying for it.
            """;

        var cleaned = TextCleaner.Clean(text);

        Assert.Equal(2, cleaned.Body.Length);
        Assert.StartsWith("``We owe commuters", cleaned.Body[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_of_one_paragraph_is_not_trimmed_as_the_tail_of_an_article_it_does_not_follow()
    {
        const string text = "Anglers along the estuary say the spring run of sea trout came three weeks early this year, and the harbour board "
            + "wants to know why. If you fished the lower river in March, the board asks you to send in your catch records, which "
            + "will support a study of water temperatures by the regional university. Biologists suspect a mild winter, though "
            + "they say one season is too short a record to draw conclusions from.";

        var cleaned = TextCleaner.Clean(text);

        Assert.Single(cleaned.Body);
        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void An_appeal_after_the_article_is_still_trimmed()
    {
        const string text = """
            The transport minister said Tuesday that the new rail line would open next spring, two years later than planned, after a review of the signalling contracts.

            Crews have already laid most of the track between the two cities, officials said.

            We rely on readers like you. Your support keeps our reporting free for everyone.
            """;

        var cleaned = TextCleaner.Clean(text);

        Assert.Equal(2, cleaned.Body.Length);
        Assert.Contains(cleaned.Removed, r => r.Text.StartsWith("We rely on readers", StringComparison.Ordinal));
    }
}
