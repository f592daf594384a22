using Parallax.Extraction.Html;

namespace Parallax.Extraction.Tests.Html;

public sealed class InnerHeadingTests
{
    [Fact]
    public void A_one_word_subheading_between_body_paragraphs_stays()
    {
        const string page = """
            <html><head><title>Village fete returns</title></head><body>
            <article>
            <p>The village fete returns to the green on Saturday after a two-year break, with stalls, music and a dog show.</p>
            <h2>Parking</h2>
            <p>Visitors are asked to leave their cars at the school, from where a free bus runs every fifteen minutes.</p>
            <p>The organisers expect about three thousand people if the weather stays dry through the afternoon.</p>
            </article>
            </body></html>
            """;

        var body = HtmlExtractor.Extract(page).Content.Body;

        Assert.Equal(["Parking"], body.Where(paragraph => !paragraph.Contains(' ', StringComparison.Ordinal)));
        Assert.Equal(4, body.Length);
    }
}
