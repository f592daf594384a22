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
}
