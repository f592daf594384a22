using Parallax.Extraction.Html;

namespace Parallax.Extraction.Tests.Html;

public sealed class LooseTextTests
{
    [Fact]
    public void An_article_set_as_loose_text_between_line_breaks_outscores_a_box_of_short_paragraphs()
    {
        // Hand-written pages put the article straight into a table cell, paragraphs separated by <br>s; the only
        // <p> elements on the page are in a box of short notices beside it.
        const string page = """
            <html><head><title>The word of the day</title></head><body>
            <div class="box"><p>This week's theme: words coined after people, and the stories behind them.</p>
            <p>Our archive holds every word of the past twenty years, with its pronunciation and its etymology.</p></div>
            <table><tr>
            <td><div>maudlin</div>
            MEANING: adjective: overly sentimental, given to tearful and self-pitying displays of feeling.<br><br>
            ETYMOLOGY: after Mary Magdalene, who in medieval art was shown as a penitent weeping for her sins, so that
            her name became a byword for tearful sentimentality, and then for any excess of feeling.<br><br>
            USAGE: "In this maudlin melodrama, all that was missing were the violins," wrote a critic of the play.<br>
            </td></tr></table>
            </body></html>
            """;

        var body = HtmlExtractor.Extract(page).Content.Body;

        Assert.Contains(body, paragraph => paragraph.StartsWith("MEANING: adjective", StringComparison.Ordinal));
        Assert.Contains(body, paragraph => paragraph.StartsWith("ETYMOLOGY: after Mary", StringComparison.Ordinal));
        Assert.DoesNotContain(body, paragraph => paragraph.Contains("Our archive holds", StringComparison.Ordinal));
    }
}
