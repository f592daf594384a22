using Parallax.Extraction.Html;

namespace Parallax.Extraction.Tests.Html;

public sealed class LongFragmentTests
{
    [Fact]
    public void A_long_line_ending_in_a_colon_after_a_tag_link_stays_in_the_body()
    {
        // The tag link is navigation, and the short lines after a removed block are taken as its buttons; but a line
        // of nineteen words is a sentence that introduces a quotation, not a button. Polish, whose function words the
        // cleaner does not know, so the line is no prose to it and only its length can tell it from a button.
        const string page = """
            <html><head><title>Zakaz, którego nie było</title></head><body>
            <div class="post-content">
            <p><a href="/tag/szczepienia">Szczepienia</a></p>
            <p>Dawno temu pisałem już na tym blogu o twierdzeniu, że Japonia zakazała tej szczepionki, i wtedy napisałem bardzo krótko:</p>
            <p>Japonia zakazała szczepionki, bo zmarło po niej wiele dziewcząt. Nie. Nikt po niej nie zmarł, nikt też nie ucierpiał.</p>
            <p>Tym razem chcę dokładniej opisać, co się wtedy stało, bo ta historia wraca co kilka miesięcy w nowej postaci.</p>
            <p>Ministerstwo przestało zalecać szczepionkę w 2013 roku po doniesieniach o skutkach ubocznych, ale jej nie wycofało.</p>
            </div>
            </body></html>
            """;

        var body = HtmlExtractor.Extract(page).Content.Body;

        Assert.StartsWith("Dawno temu pisałem", body[0], StringComparison.Ordinal);
        Assert.Equal(4, body.Length);
    }
}
