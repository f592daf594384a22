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

    [Fact]
    public void Prose_sections_named_for_their_ad_slots_are_kept_but_an_ad_goes()
    {
        const string page = """
            <html><head><title>Grill test</title></head><body><article>
            <section class="report__section report__section--ads">
            <p>The grill heats from above: a ceramic burner under the lid reaches eight hundred degrees within a few minutes.</p>
            <p>We laid slices of toast on the rack first, to see where it gets hottest, and the middle browned far faster than the edges.</p>
            </section>
            <section class="report__section report__section--ads">
            <p>The steak came out with a dark crust and a pink centre after two minutes a side, as good as in a restaurant.</p>
            <p>Cleaning is easy: the rack and the drip tray go in the dishwasher, and the steel casing only needs a damp cloth.</p>
            </section>
            <section class="report__section report__section--ads">
            <p>At the discount price the grill is a bargain, since comparable models from specialist shops cost three times as much.</p>
            <p>Only the short cable bothered us, which means an extension lead on most balconies and in most gardens.</p>
            </section>
            <div class="ad"><p><a href="/offer">Buy the grill now at half price</a></p></div>
            </article></body></html>
            """;

        var body = HtmlExtractor.Extract(page).Content.Body;

        Assert.Contains(body, paragraph => paragraph.StartsWith("The grill heats", StringComparison.Ordinal));
        Assert.Contains(body, paragraph => paragraph.StartsWith("Only the short cable", StringComparison.Ordinal));
        Assert.DoesNotContain(body, paragraph => paragraph.Contains("half price", StringComparison.Ordinal));
    }
}
