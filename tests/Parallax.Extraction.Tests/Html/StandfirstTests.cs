using Parallax.Extraction.Html;

namespace Parallax.Extraction.Tests.Html;

public sealed class StandfirstTests
{
    // Between the head and the body a linked toolbar, the block just above the body, which reads as no lead.
    private const string Body = """
        <div class="tools"><a href="/print">Print this page</a> <a href="/mail">Send this page to a friend</a></div>
        <div class="row"><div class="column"><div class="text">
        <p>The council voted on Tuesday night to close the bridge to cars from March, after engineers found cracks in two of its piers.</p>
        <p>Buses, bicycles and pedestrians will still be allowed to cross while the repairs, expected to last a year, are carried out.</p>
        <p>Shop owners on both banks said they feared losing customers and asked the council for help with their rents during the works.</p>
        </div></div></div>
        """;

    [Fact]
    public void A_standfirst_between_the_headline_and_a_distant_body_opens_the_body()
    {
        var page = $"""
            <html><head><title>Bridge to close to cars</title></head><body>
            <div class="page"><div class="head"><h1>Bridge to close to cars</h1>
            <div class="intro"><div class="inner"><div class="text">The city's oldest bridge will close to cars for a year while cracks in its piers are repaired, the council decided.</div></div></div>
            <div class="meta">By Jane Doe · 3 March 2026</div></div>
            <div class="gallery"><img src="bridge.jpg"></div>
            {Body}
            </div></body></html>
            """;

        var body = HtmlExtractor.Extract(page).Content.Body;

        Assert.StartsWith("The city's oldest bridge will close", body[0], StringComparison.Ordinal);
        Assert.Equal(4, body.Length);
        Assert.DoesNotContain(body, paragraph => paragraph.Contains("Jane Doe", StringComparison.Ordinal));
    }

    [Fact]
    public void A_standfirst_set_as_a_subheading_is_read_as_prose()
    {
        var page = $"""
            <html><head><title>Bridge to close to cars</title></head><body>
            <div class="page"><div class="head"><h1>Bridge to close to cars</h1>
            <div class="sub"><h2>Cracks found in two piers: the city's oldest bridge closes to cars for a year from March.</h2></div></div>
            {Body}
            </div></body></html>
            """;

        var body = HtmlExtractor.Extract(page).Content.Body;

        Assert.StartsWith("Cracks found in two piers", body[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Linked_teasers_and_short_lines_between_headline_and_body_are_not_taken()
    {
        var page = $"""
            <html><head><title>Bridge to close to cars</title></head><body>
            <div class="page"><div class="head"><h1>Bridge to close to cars</h1>
            <div class="teaser"><a href="/other">Also today: the council approved a new budget for the city's schools and its libraries</a></div>
            <div class="date">Updated 3 March 2026, 18:55</div></div>
            {Body}
            </div></body></html>
            """;

        var body = HtmlExtractor.Extract(page).Content.Body;

        Assert.StartsWith("The council voted on Tuesday", body[0], StringComparison.Ordinal);
        Assert.Equal(3, body.Length);
    }

    [Fact]
    public void Nothing_is_taken_when_the_page_has_no_headline_before_the_body()
    {
        var page = $"""
            <html><head><title>Bridge to close to cars</title></head><body>
            <div class="page"><div class="promo"><div>Our evening newsletter brings you the day's news from the city council and its committees.</div></div>
            {Body}
            </div></body></html>
            """;

        var body = HtmlExtractor.Extract(page).Content.Body;

        Assert.Equal(3, body.Length);
    }
}
