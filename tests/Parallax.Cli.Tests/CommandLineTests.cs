using System.Text;
using System.Text.Json;

namespace Parallax.Cli.Tests;

/// <summary>The command's contract: help, the store across runs, bad input and exit codes.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "parallax-cli-" + Guid.NewGuid().ToString("N"));

    public CommandLineTests() => Directory.CreateDirectory(work);

    [Fact]
    public void Help_explains_the_analyze_command()
    {
        var (code, output, _) = Run("analyze", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--db", output, StringComparison.Ordinal);
        Assert.Contains("--format", output, StringComparison.Ordinal);
        Assert.Contains("--out", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_article_added_twice_is_stored_once()
    {
        var db = Path.Combine(work, "store.db");
        var first = Run("analyze", Seed("003"), "--db", db, "--format", "json", "--out", Path.Combine(work, "a.json"));
        Assert.Equal(0, first.Code);
        Assert.Contains("1 new", first.Output, StringComparison.Ordinal);

        var copy = Path.Combine(work, "copy.txt");
        File.Copy(Seed("003"), copy);
        var second = Run("analyze", copy, Seed("000"), "--db", db, "--format", "json", "--out", Path.Combine(work, "b.json"));
        Assert.Equal(0, second.Code);
        Assert.Contains("1 new, 1 already stored", second.Output, StringComparison.Ordinal);

        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "b.json")));
        Assert.Equal(2, report.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public void A_wire_sentence_two_outlets_ran_word_for_word_is_counted_and_shown()
    {
        const string wire = "The harbour authority said on Tuesday that the northern pier would stay closed until engineers finish checking its pillars.";
        var lines = Path.Combine(work, "pier.jsonl");
        File.WriteAllLines(lines, [
            "{\"title\":\"Northern pier stays closed\",\"source\":\"Coast Post\",\"published\":\"2031-04-08T09:00:00Z\",\"text\":\"" + wire + "\\n\\nFerries to the islands will leave from the southern quay while the pier is closed, the ferry company said.\"}",
            "{\"title\":\"Pier closed for checks\",\"source\":\"Bay Herald\",\"published\":\"2031-04-08T11:00:00Z\",\"text\":\"" + wire + "\\n\\nFishermen who moor at the northern pier asked the harbour authority how long the closure would last.\"}",
        ]);
        var reportPath = Path.Combine(work, "pier.md");

        var (code, output, error) = Run("analyze", lines, "--db", Path.Combine(work, "pier.db"), "--format", "md", "--out", reportPath);

        Assert.True(code == 0, error);
        Assert.Contains("1 sentence(s) shared word for word", output, StringComparison.Ordinal);
        Assert.Contains("- Verbatim in 2 outlets, first published by Coast Post:", File.ReadAllText(reportPath), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_files_are_named_with_their_reason_and_the_batch_goes_on()
    {
        var folder = Path.Combine(work, "in");
        Directory.CreateDirectory(folder);
        File.Copy(Seed("000"), Path.Combine(folder, "good.txt"));
        File.WriteAllText(Path.Combine(folder, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00]);
        File.WriteAllText(Path.Combine(folder, "lines.jsonl"), "{\"title\":\"A\",\"text\":\"" + Prose() + "\",\"source\":\"Example Post\"}\n{not json\n");

        var (code, output, error) = Run("analyze", folder, "--db", Path.Combine(work, "s.db"), "--format", "md", "--out", Path.Combine(work, "r.md"));

        Assert.Equal(0, code);
        Assert.Contains("empty.txt", error, StringComparison.Ordinal);
        Assert.Contains("binary.txt", error, StringComparison.Ordinal);
        Assert.Contains("lines.jsonl:2", error, StringComparison.Ordinal);
        Assert.Contains("Read 2 article(s)", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(work, "r.md")));
    }

    [Fact]
    public void Nothing_readable_exits_with_2_and_leaves_the_store_as_it_was()
    {
        var db = Path.Combine(work, "keep.db");
        Assert.Equal(0, Run("analyze", Seed("001"), "--db", db, "--format", "json", "--out", Path.Combine(work, "k.json")).Code);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var before = File.ReadAllBytes(db);

        var empty = Path.Combine(work, "empty.txt");
        File.WriteAllText(empty, "   \n");
        var (code, _, error) = Run("analyze", empty, Path.Combine(work, "missing.txt"), "--db", db);

        Assert.Equal(2, code);
        Assert.Contains("missing.txt", error, StringComparison.Ordinal);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public void A_store_that_is_not_a_parallax_database_is_refused_and_left_untouched()
    {
        var db = Path.Combine(work, "notes.db");
        File.WriteAllText(db, "these are my notes, not a database");
        var before = File.ReadAllBytes(db);

        var (code, _, error) = Run("analyze", Seed("000"), "--db", db, "--format", "json", "--out", Path.Combine(work, "n.json"));

        Assert.Equal(2, code);
        Assert.Contains("notes.db", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public void Html_is_the_default_report_and_is_self_contained()
    {
        var output = Path.Combine(work, "report.html");
        var (code, _, error) = Run("analyze", SeedAnalysisFixture.SamplesDirectory, "--db", Path.Combine(work, "h.db"), "--out", output);
        Assert.True(code == 0, error);
        var html = File.ReadAllText(output, Encoding.UTF8);
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link rel=\"stylesheet\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("The Moscow Times", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        var (code, _, error) = Run("analyze", Seed("000"), "--db", Path.Combine(work, "f.db"), "--format", "pdf");
        Assert.Equal(2, code);
        Assert.Contains("pdf", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static string Seed(string prefix) =>
        Directory.GetFiles(SeedAnalysisFixture.SamplesDirectory, prefix + "_*.txt").Single();

    private static string Prose() =>
        "The city council approved the new budget on Tuesday after a long debate. "
        + "The mayor said the plan would fund schools and repair roads. Opponents said the costs were too high.";

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ParallaxCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
