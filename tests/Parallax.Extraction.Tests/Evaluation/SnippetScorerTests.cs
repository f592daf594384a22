using System.Text;
using Parallax.Extraction.Evaluation;

namespace Parallax.Extraction.Tests.Evaluation;

public sealed class SnippetScorerTests
{
    [Fact]
    public void Folding_white_space_matches_pythons_split_and_join()
    {
        Assert.Equal("a b c", SnippetScorer.FoldWhiteSpace("  a\u00A0\n\tb \u001F c \r\n"));
        Assert.Equal("", SnippetScorer.FoldWhiteSpace(" \n "));
    }

    [Fact]
    public void One_page_counts_found_and_missing_snippets_after_folding()
    {
        var page = new SnippetPage("u", "f.html", ["river rose", "bridge   closed", "absent part"], ["Subscribe now", "Cookie"]);

        var counts = SnippetScorer.Count(page, "The river\n rose; the bridge closed. Subscribe now");

        Assert.Equal(new SnippetCounts(TruePositives: 2, FalseNegatives: 1, FalsePositives: 1, TrueNegatives: 1), counts);
    }

    [Fact]
    public void Nothing_extracted_misses_every_wanted_snippet_and_avoids_every_unwanted_one()
    {
        var page = new SnippetPage("u", "f.html", ["a b", "c"], ["d"]);

        Assert.Equal(new SnippetCounts(0, 2, 0, 1), SnippetScorer.Count(page, null));
    }

    [Fact]
    public void Folder_set_is_scored_over_all_pages_and_the_missing_page_is_skipped()
    {
        using var temp = new TempFolder();
        EvalFixtures.WriteFolder(temp.Path, EvalFixtures.Files);

        var score = SnippetScorer.Score(SnippetDataset.Load(temp.Path), EvalFixtures.StripTags);

        AssertHandComputed(score);
    }

    [Fact]
    public void Tar_gz_set_is_read_without_unpacking_and_scores_like_the_folder()
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "set.tar.gz");
        EvalFixtures.WriteTarGz(archive, EvalFixtures.Files);

        var score = SnippetScorer.Score(SnippetDataset.Load(archive), EvalFixtures.StripTags);

        AssertHandComputed(score);
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Archive_under_a_top_folder_is_read_too()
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "set.tgz");
        EvalFixtures.WriteTarGz(archive, EvalFixtures.Files.ToDictionary(f => "trafilatura/tests/" + f.Key, f => f.Value));

        AssertHandComputed(SnippetScorer.Score(SnippetDataset.Load(archive), EvalFixtures.StripTags));
    }

    [Fact]
    public void Page_names_match_across_composed_and_decomposed_unicode()
    {
        var composed = "caf\u00E9.html";
        var decomposed = "cafe\u0301.html";
        var index = """{"https://x.example/": {"file": "NAME", "with": ["hot coffee"], "without": ["menu"]}}""".Replace("NAME", composed, StringComparison.Ordinal);
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "set.tar.gz");
        EvalFixtures.WriteTarGz(archive, new Dictionary<string, byte[]>
        {
            ["evaldata.json"] = EvalFixtures.Utf8(index),
            ["eval/" + decomposed] = EvalFixtures.Utf8("<p>hot coffee</p>"),
        });

        var score = SnippetScorer.Score(SnippetDataset.Load(archive), EvalFixtures.StripTags);

        Assert.Empty(score.Skipped);
        Assert.Equal(new SnippetCounts(1, 0, 0, 1), score.Counts);
    }

    [Fact]
    public void Ambiguous_name_skeletons_match_nothing()
    {
        var index = """{"u": {"file": "caf\u00e9.html", "with": ["x"], "without": ["y"]}}""";
        using var temp = new TempFolder();
        EvalFixtures.WriteFolder(temp.Path, new Dictionary<string, byte[]>
        {
            ["evaldata.json"] = EvalFixtures.Utf8(index),
            ["eval/cafe\u0301.html"] = EvalFixtures.Utf8("<p>x</p>"),
            ["eval/cafa\u0301.html"] = EvalFixtures.Utf8("<p>x</p>"),
        });

        var score = SnippetScorer.Score(SnippetDataset.Load(temp.Path), EvalFixtures.StripTags);

        Assert.Single(score.Skipped);
    }

    [Fact]
    public void Pages_are_decoded_like_the_reader_decodes_files()
    {
        using var temp = new TempFolder();
        EvalFixtures.WriteFolder(temp.Path, new Dictionary<string, byte[]>
        {
            ["evaldata.json"] = EvalFixtures.Utf8("""{"u": {"file": "p.html", "with": ["caf\u00e9 cr\u00e8me"], "without": ["x y z"]}}"""),
            // Windows-1252 bytes, not valid UTF-8: the reader's fallback must turn them into é and è.
            ["cache/p.html"] = [.. Encoding.ASCII.GetBytes("<p>caf"), 0xE9, .. Encoding.ASCII.GetBytes(" cr"), 0xE8, .. Encoding.ASCII.GetBytes("me</p>")],
        });

        var score = SnippetScorer.Score(SnippetDataset.Load(temp.Path), EvalFixtures.StripTags);

        Assert.Equal(new SnippetCounts(1, 0, 0, 1), score.Counts);
    }

    [Fact]
    public void An_extractor_that_throws_scores_the_page_as_empty_and_is_reported()
    {
        using var temp = new TempFolder();
        EvalFixtures.WriteFolder(temp.Path, EvalFixtures.Files);

        var score = SnippetScorer.Score(SnippetDataset.Load(temp.Path), html => html.Contains("mayor", StringComparison.Ordinal) ? throw new InvalidOperationException("boom") : EvalFixtures.StripTags(html));

        Assert.Equal(2, score.PagesScored);
        Assert.Equal("b.html", Assert.Single(score.ExtractorFailures).Name);
        // Page a as before (2 TP, 1 FP, 1 TN); page b: both wanted missed, the unwanted one absent.
        Assert.Equal(new SnippetCounts(2, 2, 1, 2), score.Counts);
    }

    [Fact]
    public void The_real_extractor_is_wired_to_the_scorer()
    {
        const string page = """
            <html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><p>The council voted on Tuesday to rebuild the old harbour wall, which storms damaged twice last winter.</p>
            <p>Work is expected to start in the spring and to last about eighteen months, the council's engineer said.</p></article>
            </body></html>
            """;
        var text = EvaluatedExtractor.ExtractText(page);

        Assert.Contains("rebuild the old harbour wall", text, StringComparison.Ordinal);
        Assert.Contains("\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_dataset_is_refused_with_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-set-" + Guid.NewGuid().ToString("N"));

        var e = Assert.Throws<InvalidDataException>(() => SnippetDataset.Load(path));

        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Archive_without_an_index_is_refused_clearly()
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "set.tar.gz");
        EvalFixtures.WriteTarGz(archive, new Dictionary<string, byte[]> { ["eval/a.html"] = EvalFixtures.Utf8("<p>x</p>") });

        var e = Assert.Throws<InvalidDataException>(() => SnippetDataset.Load(archive));

        Assert.Contains("no evaldata.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_archive_is_refused_naming_the_file()
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "set.tar.gz");
        File.WriteAllBytes(archive, [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5]);

        var e = Assert.Throws<InvalidDataException>(() => SnippetDataset.Load(archive));

        Assert.StartsWith(archive, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_index_entry_is_named()
    {
        using var temp = new TempFolder();
        temp.Write("evaldata.json", """{"https://x.example/": {"with": ["a"]}}""");

        var e = Assert.Throws<InvalidDataException>(() => SnippetDataset.Load(temp.Path));

        Assert.Contains("https://x.example/", e.Message, StringComparison.Ordinal);
    }

    // By hand, with tags replaced by spaces and white space folded:
    // a: "The river rose overnight and the bridge closed at dawn. Subscribe now" → with: both found (2 TP);
    //    without: "Subscribe now" found (1 FP), "Cookie" absent (1 TN).
    // b: "The mayor said little. Related stories" → with: "mayor said" found (1 TP), "new school" missed (1 FN);
    //    without: "Related stories" found (1 FP).
    // missing.html: skipped. Totals TP 3, FN 1, FP 2, TN 1: P = 3/5, R = 3/4, F1 = 6/9.
    private static void AssertHandComputed(SnippetScore score)
    {
        Assert.Equal(2, score.PagesScored);
        var skipped = Assert.Single(score.Skipped);
        Assert.Equal("missing.html", skipped.Name);
        Assert.Contains("not found", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(new SnippetCounts(3, 1, 2, 1), score.Counts);
        Assert.Equal(0.6, score.Counts.Precision, 12);
        Assert.Equal(0.75, score.Counts.Recall, 12);
        Assert.Equal(2.0 / 3.0, score.Counts.F1, 12);
    }
}
