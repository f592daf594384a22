using Parallax.Extraction.Html;

namespace Parallax.Extraction.Tests.Html;

public sealed class LeadBlockTests
{
    private const string Body = """
        <div class="text">
        <p>Engineers began pumping water out of the flooded tunnel on Thursday, three days after a burst main filled it to the roof.</p>
        <p>The operator said trains would run again next week if inspections of the signalling, the tracks and the cables found no damage.</p>
        <p>Passengers were told to use replacement buses, which will leave every ten minutes from the stations at both ends of the line.</p>
        </div>
        """;

    [Fact]
    public void A_teaser_block_just_above_the_body_container_is_kept()
    {
        var page = $"""
            <html><head><title>Flooded tunnel to reopen</title></head><body>
            <div class="wrap"><div class="intro"><div>The city's busiest rail tunnel should reopen next week, the operator says, if inspections go well.</div></div>
            <div class="column">{Body}</div></div>
            </body></html>
            """;

        var body = HtmlExtractor.Extract(page).Content.Body;

        Assert.StartsWith("The city's busiest rail tunnel", body[0], StringComparison.Ordinal);
        Assert.Equal(4, body.Length);
    }

    [Fact]
    public void A_block_of_links_above_the_body_container_is_not_taken_as_a_lead()
    {
        var page = $"""
            <html><head><title>Flooded tunnel to reopen</title></head><body>
            <div class="wrap"><div><a href="/a">Bus fares will rise in the spring, the city council decided on Monday night after a debate</a></div>
            <div class="column">{Body}</div></div>
            </body></html>
            """;

        var body = HtmlExtractor.Extract(page).Content.Body;

        Assert.DoesNotContain(body, paragraph => paragraph.Contains("Bus fares", StringComparison.Ordinal));
        Assert.Equal(3, body.Length);
    }

    [Fact]
    public void A_standfirst_set_as_a_long_subheading_above_the_body_is_kept_but_a_short_one_is_not()
    {
        const string page = $"""
            <html><head><title>Flooded tunnel to reopen</title></head><body>
            <div class="wrap"><h2 class="excerpt">The city's busiest rail tunnel should reopen next week, the operator says, if the inspections of the signals and the tracks go well.</h2>
            <div class="column">{Body}</div></div>
            <div class="wrap"><h2>Rail news in brief from the region and beyond</h2>
            <div class="column"><p>Short.</p></div></div>
            </body></html>
            """;

        var body = HtmlExtractor.Extract(page).Content.Body;

        Assert.StartsWith("The city's busiest rail tunnel", body[0], StringComparison.Ordinal);
        Assert.DoesNotContain(body, paragraph => paragraph.Contains("in brief", StringComparison.Ordinal));
    }
}
