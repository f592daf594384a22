using System.Text.Json;

namespace Parallax.Cli.Tests;

/// <summary>The acceptance checks on the five seed articles, through the real command and its JSON report.</summary>
public sealed class SeedAnalysisTests(SeedAnalysisFixture seeds) : IClassFixture<SeedAnalysisFixture>
{
    private static readonly string[] Prefixes = ["000", "001", "002", "003", "004"];

    [Fact]
    public void Analyze_succeeds_and_reads_all_five_seeds()
    {
        Assert.True(seeds.ExitCode == 0, seeds.Error);
        Assert.Equal(5, seeds.Root.GetProperty("articles").GetArrayLength());
        Assert.Contains("Report:", seeds.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Sign up for our free weekly newsletter")]
    [InlineData("Dear readers")]
    [InlineData("please support us monthly")]
    [InlineData("Remind me later")]
    [InlineData("Support The Moscow Times!")]
    [InlineData("is a Digital Content Writer")]
    [InlineData("Leave a Reply")]
    [InlineData("Your email address will not be published")]
    [InlineData("Share the Story")]
    [InlineData("Add a comment")]
    [InlineData("© Sputnik")]
    public void No_boilerplate_is_left_in_any_body(string boilerplate)
    {
        foreach (var prefix in Prefixes)
        {
            var body = Body(prefix);
            Assert.DoesNotContain(body, p => p.Contains(boilerplate, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Removed_boilerplate_is_kept_for_audit_with_a_reason()
    {
        var removed = seeds.Article("003").GetProperty("removed").EnumerateArray().ToArray();
        Assert.Contains(removed, r => r.GetProperty("text").GetString()!.Contains("Dear readers", StringComparison.Ordinal));
        Assert.All(removed, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("reason").GetString())));
    }

    [Fact]
    public void The_repeated_headline_is_not_in_the_body()
    {
        var title = seeds.Article("004").GetProperty("title").GetString()!;
        Assert.Contains("Kremlin Braces for", title, StringComparison.Ordinal);
        Assert.DoesNotContain(Body("004"), p => p.StartsWith("Kremlin Braces for", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("001", "Sputnik")]
    [InlineData("003", "kremlin.ru")]
    public void Photo_credits_are_captions(string prefix, string credit)
    {
        var captions = seeds.Article(prefix).GetProperty("captions").EnumerateArray().Select(c => c.GetString()!);
        Assert.Contains(captions, c => c.Contains(credit, StringComparison.Ordinal));
        Assert.DoesNotContain(Body(prefix), p => p.Contains(credit, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("000", "The Kremlin confirms that negotiations with Kyiv are stalled")]
    [InlineData("003", "Ukraine Peace Talks ‘On Pause,’ Kremlin Says")]
    [InlineData("004", "Kremlin Braces for ‘Difficult’ Talks with Ukraine")]
    public void Headlines_are_found(string prefix, string headline)
    {
        Assert.Equal(headline, seeds.Article(prefix).GetProperty("title").GetString());
        Assert.DoesNotContain(headline, Body(prefix));
    }

    [Theory]
    [InlineData("Putin’s goal is to occupy all Ukraine", "Zelensky")]
    [InlineData("he has activated the war machine", "Zelensky")]
    [InlineData("It’s sort of running out and running out fast", "Trump")]
    [InlineData("Our negotiators have the opportunity to communicate", "Peskov")]
    [InlineData("Negotiators remain in contact", "Peskov")]
    [InlineData("It will be very difficult", "Peskov")]
    public void Direct_quotes_are_attributed_to_their_speaker(string quote, string speaker)
    {
        var quotes = seeds.Stories.SelectMany(s => s.GetProperty("quotes").EnumerateArray())
            .Where(q => q.GetProperty("text").GetString()!.Contains(quote, StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q =>
        {
            Assert.Contains(speaker, q.GetProperty("speaker").GetString() ?? "", StringComparison.Ordinal);
            Assert.Contains(q.GetProperty("kind").GetString(), new[] { "direct", "partial" });
        });
    }

    [Fact]
    public void Indirect_speech_is_never_shown_as_a_quote()
    {
        // "Peskov warned against excessive optimism that ..." (000) is reported speech with no quotation marks.
        var quotes = seeds.Stories.SelectMany(s => s.GetProperty("quotes").EnumerateArray());
        Assert.DoesNotContain(quotes, q => q.GetProperty("text").GetString()!.Contains("excessive optimism", StringComparison.Ordinal));
    }

    [Fact]
    public void The_september_reports_form_one_story_and_the_july_reports_share_its_storyline()
    {
        var september = seeds.StoryOf("000");
        var members = september.GetProperty("articleIds").EnumerateArray().Select(a => a.GetString()).ToHashSet();
        Assert.Contains(seeds.ArticleId("001"), members);
        Assert.Contains(seeds.ArticleId("003"), members);
        Assert.DoesNotContain(seeds.ArticleId("002"), members);
        Assert.DoesNotContain(seeds.ArticleId("004"), members);

        var storyline = september.GetProperty("storylineId").GetString();
        Assert.Equal(storyline, seeds.StoryOf("002").GetProperty("storylineId").GetString());
        Assert.Equal(storyline, seeds.StoryOf("004").GetProperty("storylineId").GetString());
    }

    [Fact]
    public void The_pause_and_stalemate_statement_is_a_quote_variant()
    {
        var groups = seeds.StoryOf("003").GetProperty("quoteVariants").EnumerateArray();
        var group = Assert.Single(groups, g =>
        {
            var texts = g.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("text").GetString()!).ToArray();
            return texts.Any(t => t.Contains("stalemate", StringComparison.Ordinal))
                && texts.Any(t => t.Contains("pause", StringComparison.Ordinal));
        });
        Assert.Contains("Peskov", group.GetProperty("speaker").GetString(), StringComparison.Ordinal);
        var marked = group.GetProperty("variants").EnumerateArray()
            .SelectMany(v => v.GetProperty("differences").EnumerateArray().Select(d => d.GetProperty("text").GetString()))
            .ToArray();
        Assert.Contains(marked, m => m!.Contains("stalemate", StringComparison.Ordinal));
        Assert.Contains(marked, m => m!.Contains("pause", StringComparison.Ordinal));
    }

    [Fact]
    public void Disagreeing_war_durations_are_a_conflict()
    {
        var conflicts = AllConflictValues();
        Assert.Contains(conflicts, values =>
            values.Any(v => v.Contains("third year", StringComparison.OrdinalIgnoreCase))
            && values.Any(v => v.Contains("fourth year", StringComparison.OrdinalIgnoreCase)
                || v.Contains("three years", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Disagreeing_counts_of_istanbul_rounds_are_a_conflict()
    {
        var conflicts = AllConflictValues();
        Assert.Contains(conflicts, values =>
            values.Any(v => v.Contains("three", StringComparison.OrdinalIgnoreCase))
            && values.Any(v => v.Contains("twice", StringComparison.OrdinalIgnoreCase) || v.Contains("two", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void A_consistent_duration_is_not_a_conflict()
    {
        // 000's "three-and-a-half-year war" and 003's "now in its fourth year" say the same thing.
        var conflicts = AllConflictValues();
        Assert.DoesNotContain(conflicts, values =>
            values.Length == 2
            && values.Any(v => v.Contains("half", StringComparison.OrdinalIgnoreCase))
            && values.Any(v => v.Contains("fourth year", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Summary_sentences_are_verbatim_and_cite_every_outlet_that_carries_them()
    {
        var story = seeds.StoryOf("000");
        var summary = story.GetProperty("summary").EnumerateArray().ToArray();
        Assert.InRange(summary.Length, 3, 8);
        var bodies = story.GetProperty("articleIds").EnumerateArray()
            .Select(id => seeds.Root.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("id").GetString() == id.GetString()))
            .ToDictionary(a => a.GetProperty("source").GetString()!, a => string.Join("\n\n", a.GetProperty("body").EnumerateArray().Select(p => p.GetString())));
        foreach (var sentence in summary)
        {
            var text = sentence.GetProperty("text").GetString()!;
            var sources = sentence.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!).ToArray();
            Assert.NotEmpty(sources);
            Assert.Contains(sources, s => bodies.TryGetValue(s, out var body) && body.Contains(text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Outlets_come_from_the_texts_own_signals()
    {
        Assert.Equal("The Moscow Times", seeds.Article("003").GetProperty("source").GetString());
        Assert.Equal("News Central", seeds.Article("004").GetProperty("source").GetString());
    }

    [Fact]
    public void Voices_and_terms_are_reported_per_outlet()
    {
        var story = seeds.StoryOf("000");
        Assert.NotEmpty(story.GetProperty("voices").EnumerateArray());
        Assert.NotEmpty(story.GetProperty("entities").EnumerateArray());
        var zelensky = story.GetProperty("entities").EnumerateArray()
            .Where(e => e.GetProperty("name").GetString()!.Contains("Zelensk", StringComparison.Ordinal))
            .ToArray();
        Assert.Single(zelensky);
    }

    private string[] Body(string prefix) =>
        [.. seeds.Article(prefix).GetProperty("body").EnumerateArray().Select(p => p.GetString()!)];

    private List<string[]> AllConflictValues() =>
        [.. seeds.Stories
            .SelectMany(s => s.GetProperty("conflicts").EnumerateArray())
            .Select(c => c.GetProperty("claims").EnumerateArray().Select(Value).ToArray())];

    private static string Value(JsonElement claim) =>
        claim.GetProperty("value").GetString() + " | " + claim.GetProperty("text").GetString();
}
