using Parallax.Extraction.Html;

namespace Parallax.Extraction.Tests.Html;

public sealed class ClassHintTests
{
    // The two footers hold more paragraph text than the article, so the article's block is not protected as "most
    // of the page": only its class decides whether it stays.
    private const string Page = """
        <html><head><title>Students still look for rooms</title></head><body>
        <section class="row CLASS"><article>
        <p>Lectures at the university began on Monday, but hundreds of students still have nowhere to live in the city.</p>
        <p>One of them, an eighteen-year-old law student, has slept on friends' sofas for three weeks and writes to landlords every day.</p>
        </article></section>
        <footer><p>The publisher of this newspaper is a company registered in the city, whose offices are open on weekdays from nine to five.</p>
        <p>Letters to the editor may be shortened, and the editors cannot answer every letter they receive from readers.</p></footer>
        <footer><p>All texts, pictures and graphics on these pages are protected, and no part of them may be copied without consent.</p>
        <p>Prices include tax; the delivery of the printed edition depends on the area where a subscriber lives and works.</p></footer>
        </body></html>
        """;

    [Theory]
    [InlineData("non-paywall")]
    [InlineData("no-ads")]
    public void A_block_whose_furniture_word_is_negated_stays(string className)
    {
        var body = HtmlExtractor.Extract(Page.Replace("CLASS", className, StringComparison.Ordinal)).Content.Body;

        Assert.Contains(body, paragraph => paragraph.StartsWith("Lectures at the university", StringComparison.Ordinal));
    }

    [Fact]
    public void A_block_named_paywall_goes()
    {
        var body = HtmlExtractor.Extract(Page.Replace("CLASS", "paywall", StringComparison.Ordinal)).Content.Body;

        Assert.DoesNotContain(body, paragraph => paragraph.StartsWith("Lectures at the university", StringComparison.Ordinal));
    }
}
