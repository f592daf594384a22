using Parallax.Core.Articles;
using Parallax.Extraction.Text;

namespace Parallax.Extraction.Tests;

/// <summary>Hand-written pages unlike the seeds: other furniture, other wording, other layouts.</summary>
public sealed class TextFixtureTests
{
    private const string LocalPaper = """
        Skip to main content
        Local News

        Council Approves Budget After Marathon Session

        By Jane Doe and Sam Roe, Staff Reporters
        Updated 6:42 p.m. March 3, 2025

        A view of City Hall on Tuesday. (Sam Roe/Riverside Gazette)

        RIVERSIDE — The city council voted 7-2 late Tuesday to approve a $48 million budget that raises property
        taxes for the first time in a decade and adds twelve police officers.

        Council members debated for more than six hours before the vote, with dozens of residents lining up to
        speak during the public comment period.

        Story continues below advertisement

        "We made hard choices tonight, but this budget keeps the library open," said council president Ana Ruiz.

        Opponents argued that the tax increase would push out older homeowners on fixed incomes.

        Related: Mayor unveils plan to expand bus routes

        The budget takes effect on July 1.

        Enjoyed this story? Become a member of the Riverside Gazette today and help keep local news free for everyone.
        Join now
        Maybe later

        Jane Doe covers city hall for the Riverside Gazette. Follow her on X @janedoe.

        Comments are closed.
        Tweet
        Email
        Print
        """;

    private const string ScienceSite = """
        This site uses cookies to personalise content. By continuing to browse you consent to our use of cookies.

        Scientists Map Ancient River Beneath Desert Sands

        Researchers using satellite radar have mapped a vast network of ancient river channels buried beneath the sands of the eastern desert, offering new clues about the region's wetter past.

        The channels, some more than 100 kilometres long, were likely active around 10,000 years ago, according to the study published in a geology journal on Thursday.

        “It was a green landscape with rivers and lakes where people could hunt and fish,” the study's lead author said.

        Image: Radar image of the buried channels. Credit: Space Agency

        The team now plans field work to date sediments from the channels.

        Scientists Map Ancient River Beneath Desert Sands

        Don't miss a story: get our free science newsletter every Monday.
        Enter your email
        Subscribe

        You might also like
        Comet visible to the naked eye next week
        New species of frog found in cloud forest

        © 2025 Horizon Science Media. All rights reserved. Terms of use | Privacy policy
        """;

    [Fact]
    public void Local_paper_keeps_only_the_report()
    {
        var cleaned = TextCleaner.Clean(LocalPaper);
        Assert.Equal("Council Approves Budget After Marathon Session", cleaned.Title);
        Assert.Equal(5, cleaned.Body.Length);
        Assert.StartsWith("RIVERSIDE", cleaned.Body[0], StringComparison.Ordinal);
        Assert.EndsWith("twelve police officers.", cleaned.Body[0], StringComparison.Ordinal);
        Assert.Equal("The budget takes effect on July 1.", cleaned.Body[^1]);
        Assert.Contains("(Sam Roe/Riverside Gazette)", Assert.Single(cleaned.Captions), StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Reason == RemovalReason.AuthorBio && r.Text.StartsWith("By ", StringComparison.Ordinal));
        Assert.Contains(cleaned.Removed, r => r.Reason == RemovalReason.AuthorBio && r.Text.Contains("covers city hall", StringComparison.Ordinal));
        Assert.Contains(cleaned.Removed, r => r.Reason == RemovalReason.Donation && r.Text.Contains("Become a member", StringComparison.Ordinal));
        Assert.Contains(cleaned.Removed, r => r.Reason == RemovalReason.Advertisement);
        Assert.Contains(cleaned.Removed, r => r.Reason == RemovalReason.Related);
        Assert.Contains(cleaned.Removed, r => r.Reason == RemovalReason.Comments);
        Assert.Contains(cleaned.Removed, r => r.Reason == RemovalReason.Share && r.Text == "Print");
        Assert.Equal("Jane Doe and Sam Roe", cleaned.AuthorSignal);
        Assert.Equal("Riverside Gazette", cleaned.OutletSignal);
    }

    [Fact]
    public void Science_site_loses_consent_notice_sign_up_box_and_link_list()
    {
        var cleaned = TextCleaner.Clean(ScienceSite);
        Assert.Equal("Scientists Map Ancient River Beneath Desert Sands", cleaned.Title);
        Assert.Equal(4, cleaned.Body.Length);
        Assert.All(cleaned.Body, p => Assert.DoesNotContain("cookie", p, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(cleaned.Removed, r => r.Reason == RemovalReason.RepeatedHeadline);
        Assert.Contains(cleaned.Removed, r => r.Reason == RemovalReason.Legal && r.Text.StartsWith("This site uses cookies", StringComparison.Ordinal));
        Assert.Contains(cleaned.Removed, r => r.Reason == RemovalReason.Newsletter && r.Text.StartsWith("Don't miss", StringComparison.Ordinal));
        Assert.Contains(cleaned.Removed, r => r.Reason == RemovalReason.Related && r.Text.StartsWith("Comet", StringComparison.Ordinal));
        Assert.Contains(cleaned.Removed, r => r.Reason == RemovalReason.Legal && r.Text.StartsWith("©", StringComparison.Ordinal));
        Assert.StartsWith("Image:", Assert.Single(cleaned.Captions), StringComparison.Ordinal);
        // A quoted "author" in running prose is not an author box.
        Assert.Contains(cleaned.Body, p => p.Contains("lead author said", StringComparison.Ordinal));
    }

    [Fact]
    public void Prose_that_merely_mentions_furniture_words_stays()
    {
        var text = """
            Shares in the airline fell 4 percent after it said support for the merger had weakened among regulators.
            The author of the report, a former minister, said readers should not expect a quick decision from Brussels.
            Support for the plan fell sharply.
            """;
        var cleaned = TextCleaner.Clean(text);
        Assert.Null(cleaned.Title);
        Assert.Equal(3, cleaned.Body.Length);
        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void Headline_with_a_furniture_word_is_still_the_headline_and_short_sentences_stay()
    {
        var text = """
            Author Wins Booker Prize for Debut Novel

            A first-time novelist won the Booker Prize on Tuesday for a book about three generations of a fishing family.
            Nobody was surprised.
            The judges called the decision unanimous.
            """;
        var cleaned = TextCleaner.Clean(text);
        Assert.Equal("Author Wins Booker Prize for Debut Novel", cleaned.Title);
        Assert.Equal(3, cleaned.Body.Length);
        Assert.Equal("Nobody was surprised.", cleaned.Body[1]);
        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_joined()
    {
        var text = "Officials said the new line would open next spring, several months later than\nplanned, because of supply problems.\n\nThe mayor welcomed the news.";
        var cleaned = TextCleaner.Clean(text);
        Assert.Equal(
            new[] { "Officials said the new line would open next spring, several months later than planned, because of supply problems.", "The mayor welcomed the news." },
            cleaned.Body.ToArray());
    }

    [Fact]
    public void Front_matter_declares_title_outlet_url_date_and_author()
    {
        using var folder = new TempFolder();
        var path = folder.Write("0042_story.txt", """
            ---
            title: "Harbour Ferry Service Suspended"
            source: Bay Courier
            url: https://www.baycourier.example/ferry
            published: 12 September 2025
            author: Lee Chan
            ---
            Harbour Ferry Service Suspended

            The harbour ferry will not run this week after a crack was found in the hull of its only vessel, the operator said on Monday.
            Commuters were told to use the coastal bus route instead.
            """);
        var article = Assert.Single(new ArticleReader(new ExtractionOptions()).ReadFile(path)).Article!;
        Assert.Equal("Harbour Ferry Service Suspended", article.Title);
        Assert.Equal("Bay Courier", article.Source);
        Assert.Equal(SourceEvidence.Declared, article.SourceEvidence);
        Assert.Equal("https://www.baycourier.example/ferry", article.Url);
        Assert.Equal(new DateTimeOffset(2025, 9, 12, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("Lee Chan", article.Author);
        Assert.Equal(2, article.Body.Length);
        Assert.Contains(article.Removed, r => r.Reason == RemovalReason.RepeatedHeadline);
    }

    [Fact]
    public void Front_matter_url_gives_the_outlet_when_no_source_is_declared()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.txt", """
            ---
            url: https://www.themoscowtimes.com/2025/09/12/a
            published: not a date
            ---
            The ministry said the measure would take effect in January and apply to all regions of the country.
            """);
        var article = Assert.Single(new ArticleReader(new ExtractionOptions()).ReadFile(path)).Article!;
        Assert.Equal("themoscowtimes.com", article.Source);
        Assert.Equal(SourceEvidence.Url, article.SourceEvidence);
        Assert.Null(article.Published);
    }
}
