using System.Text.Json;

namespace Parallax.Cli.Tests;

/// <summary>Runs <c>parallax analyze</c> once over the five bundled seed articles and keeps the JSON report.</summary>
public sealed class SeedAnalysisFixture : IDisposable
{
    public SeedAnalysisFixture()
    {
        Directory.CreateDirectory(WorkDirectory);
        var output = new StringWriter();
        var error = new StringWriter();
        ExitCode = ParallaxCli.Run(
            ["analyze", SamplesDirectory, "--db", DatabasePath, "--format", "json", "--out", ReportPath, "--no-progress"],
            output,
            error);
        Output = output.ToString();
        Error = error.ToString();
        Report = File.Exists(ReportPath) ? JsonDocument.Parse(File.ReadAllText(ReportPath)) : JsonDocument.Parse("{}");
    }

    public static string SamplesDirectory => Path.Combine(AppContext.BaseDirectory, "samples");

    public string WorkDirectory { get; } = Path.Combine(Path.GetTempPath(), "parallax-cli-tests-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(WorkDirectory, "parallax.db");

    public string ReportPath => Path.Combine(WorkDirectory, "report.json");

    public int ExitCode { get; }

    public string Output { get; }

    public string Error { get; }

    public JsonDocument Report { get; }

    public JsonElement Root => Report.RootElement;

    /// <summary>The article read from the seed whose file name starts with <paramref name="prefix"/> (e.g. "003").</summary>
    public JsonElement Article(string prefix) =>
        Root.GetProperty("articles").EnumerateArray()
            .Single(a => Path.GetFileName(a.GetProperty("path").GetString()!).StartsWith(prefix, StringComparison.Ordinal));

    public string ArticleId(string prefix) => Article(prefix).GetProperty("id").GetString()!;

    public IEnumerable<JsonElement> Stories => Root.GetProperty("stories").EnumerateArray();

    public JsonElement StoryOf(string prefix)
    {
        var id = ArticleId(prefix);
        return Stories.Single(s => s.GetProperty("articleIds").EnumerateArray().Any(a => a.GetString() == id));
    }

    public void Dispose()
    {
        Report.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
