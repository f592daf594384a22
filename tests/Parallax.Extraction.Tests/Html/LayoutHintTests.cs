using Parallax.Extraction.Html;

namespace Parallax.Extraction.Tests.Html;

public sealed class LayoutHintTests
{
    [Fact]
    public void Prose_in_a_block_named_widget_is_kept_but_a_linked_widget_goes()
    {
        const string page = """
            <html><head><title>Flooded tunnel to reopen</title></head><body>
            <div class="builder-widget">
            <p>Engineers began pumping water out of the flooded tunnel on Thursday, three days after a burst main filled it to the roof.</p>
            <p>The operator said trains would run again next week if inspections of the signalling, the tracks and the cables found no damage.</p>
            </div>
            <div class="builder-widget">
            <p>Passengers were told to use replacement buses, which will leave every ten minutes from the stations at both ends of the line.</p>
            <p>Shops near the stations said they had lost customers since the flood, and asked the city for help with their rents this month.</p>
            </div>
            <div class="widget"><p><a href="/a">Bus fares will rise in the spring</a></p><p><a href="/b">New bridge opens in the harbour district</a></p></div>
            </body></html>
            """;

        var body = HtmlExtractor.Extract(page).Content.Body;

        Assert.Contains(body, paragraph => paragraph.StartsWith("Engineers began", StringComparison.Ordinal));
        Assert.Contains(body, paragraph => paragraph.StartsWith("Shops near", StringComparison.Ordinal));
        Assert.DoesNotContain(body, paragraph => paragraph.Contains("Bus fares", StringComparison.Ordinal));
    }
}
