using Parallax.Extraction.Html;

namespace Parallax.Extraction.Tests.Html;

public sealed class ProseFallbackTests
{
    // The first paragraph, full of commas, wins the container score on its own; the rest of the story sits in
    // separate sections that are neither its siblings nor of its class.
    private const string SplitPage = """
        <html><head><title>Harbour ferry returns</title></head><body>
        <div id="intro"><div><p>The harbour ferry, laid up since March, returned to service on Monday, carrying commuters, cyclists, school groups and tourists across the bay, its owners said, after repairs to the engines, the hull and the landing ramps.</p></div></div>
        <section><div><p>The crossing takes twenty minutes and runs every half hour during the morning and evening peaks on working days.</p></div></section>
        <section><div><p>Fares are unchanged from last year and monthly passes bought before the repairs will be honoured until the summer.</p></div></section>
        <section><div><p>The operator plans to add a second boat next year if passenger numbers return to where they were before the break.</p></div></section>
        </body></html>
        """;

    [Fact]
    public void An_extraction_much_shorter_than_the_pages_prose_falls_back_to_the_block_holding_it()
    {
        var body = HtmlExtractor.Extract(SplitPage).Content.Body;

        Assert.Contains(body, paragraph => paragraph.StartsWith("The harbour ferry", StringComparison.Ordinal));
        Assert.Contains(body, paragraph => paragraph.StartsWith("The crossing takes", StringComparison.Ordinal));
        Assert.Contains(body, paragraph => paragraph.StartsWith("Fares are unchanged", StringComparison.Ordinal));
        Assert.Contains(body, paragraph => paragraph.StartsWith("The operator plans", StringComparison.Ordinal));
    }

    [Fact]
    public void A_container_holding_most_of_the_prose_is_kept_without_the_teasers_around_it()
    {
        const string page = """
            <html><head><title>Library extends hours</title></head><body>
            <div class="story">
            <p>The city library will open until ten at night from next month, after a trial showed that evening visits doubled.</p>
            <p>Students asked for the change during exams, when the reading rooms were full by the middle of the afternoon.</p>
            <p>The council will pay for the extra staff from its culture budget, which was raised in the spring by a tenth.</p>
            <p>The branch libraries keep their hours for now, but the council said it would look at them again in the autumn.</p>
            </div>
            <div class="teasers"><div><p>Read next: the museum reopens its east wing after two years</p></div></div>
            </body></html>
            """;

        var body = HtmlExtractor.Extract(page).Content.Body;

        Assert.Equal(4, body.Length);
        Assert.DoesNotContain(body, paragraph => paragraph.Contains("museum", StringComparison.Ordinal));
    }
}
