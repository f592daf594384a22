using Parallax.Extraction.Html;

namespace Parallax.Extraction.Tests.Html;

public sealed class EdgeFragmentTests
{
    private const string Paragraphs = """
        <p>The council approved the new cycling plan on Monday, after a debate that lasted well into the evening and drew a crowd.</p>
        <p>Under the plan, the city will build forty kilometres of protected lanes over the next five years, starting in the centre.</p>
        """;

    [Fact]
    public void A_subheading_above_the_first_paragraph_and_a_list_after_the_last_are_kept()
    {
        var page = $"""
            <html><head><title>Council backs cycling plan</title></head><body><article class="story-body">
            <h2>What the plan contains</h2>
            {Paragraphs}
            <ul><li>Protected lanes downtown</li><li>More bike parking at stations</li></ul>
            </article></body></html>
            """;

        var content = HtmlExtractor.Extract(page).Content;
        var body = content.Body;

        Assert.DoesNotContain(content.Removed, block => block.Text.Contains("What the plan", StringComparison.Ordinal));
        Assert.Equal("What the plan contains", body[0]);
        Assert.Equal("More bike parking at stations", body[^1]);
        Assert.Equal(5, body.Length);
    }

    [Fact]
    public void A_heading_whose_following_links_were_removed_stays_out()
    {
        var page = $"""
            <html><body><article class="story-body">
            {Paragraphs}
            <h3>Read these stories too</h3>
            <p><a href="/a">Bus fares to rise in spring next year</a></p>
            </article></body></html>
            """;

        var body = HtmlExtractor.Extract(page).Content.Body;

        Assert.DoesNotContain("Read these stories too", body);
        Assert.Equal(2, body.Length);
    }

    [Fact]
    public void A_single_word_label_at_the_edge_stays_out()
    {
        var page = $"""
            <html><body><article class="story-body">
            {Paragraphs}
            <div>Cycling</div>
            </article></body></html>
            """;

        Assert.DoesNotContain("Cycling", HtmlExtractor.Extract(page).Content.Body);
    }

    [Fact]
    public void A_heading_inside_the_body_that_heads_removed_links_goes_with_them()
    {
        const string page = """
            <html><head><title>Flooded tunnel to reopen</title></head><body><div class="text">
            <p>Engineers began pumping water out of the flooded tunnel on Thursday, three days after a burst main filled it to the roof.</p>
            <p>The operator said trains would run again next week if inspections of the signalling, the tracks and the cables found no damage.</p>
            <h3>Elsewhere in the region</h3>
            <ul><li><a href="/a">Bus fares will rise in the spring</a></li><li><a href="/b">New bridge opens in the harbour district</a></li></ul>
            <p>Passengers were told to use replacement buses, which will leave every ten minutes from the stations at both ends of the line.</p>
            <p>Shops near the stations said they had lost customers since the flood, and asked the city for help with their rents this month.</p>
            </div></body></html>
            """;

        var body = HtmlExtractor.Extract(page).Content.Body;

        Assert.DoesNotContain("Elsewhere in the region", body);
        Assert.Equal(4, body.Length);
    }
}
