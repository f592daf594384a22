using System.Text.Json;

namespace Parallax.Cli.Tests;

/// <summary><c>parallax annotate</c>: every layer of a document with offsets that slice back to its text.</summary>
public sealed class AnnotateCommandTests
{
    [Fact]
    public void Annotate_writes_every_layer_with_offsets_into_the_document_text()
    {
        var seed = Directory.GetFiles(SeedAnalysisFixture.SamplesDirectory, "000_*.txt").Single();
        var output = new StringWriter();
        var error = new StringWriter();

        var code = ParallaxCli.Run(["annotate", seed], output, error);

        Assert.True(code == 0, error.ToString());
        using var json = JsonDocument.Parse(output.ToString());
        var document = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        var text = document.GetProperty("text").GetString()!;

        Assert.True(document.GetProperty("sentences").GetArrayLength() > 20);
        Assert.True(document.GetProperty("tokens").GetArrayLength() > 500);
        foreach (var layer in new[] { "mentions", "timeExpressions" })
        {
            Assert.NotEmpty(document.GetProperty(layer).EnumerateArray());
            Assert.All(document.GetProperty(layer).EnumerateArray(), a => AssertSlices(text, a));
        }

        var quotes = document.GetProperty("quotes").EnumerateArray().ToArray();
        var goal = Assert.Single(quotes, q => q.GetProperty("content").GetProperty("text").GetString()!.StartsWith("Putin’s goal", StringComparison.Ordinal));
        Assert.Contains("Zelensky", goal.GetProperty("speaker").GetString(), StringComparison.Ordinal);
        Assert.All(quotes, q =>
        {
            AssertSlices(text, q.GetProperty("content"));
            Assert.NotEqual("indirect", q.GetProperty("kind").GetString());
        });
        Assert.All(document.GetProperty("paraphrases").EnumerateArray(), p => Assert.Equal("indirect", p.GetProperty("kind").GetString()));
        Assert.Contains(
            document.GetProperty("timeExpressions").EnumerateArray(),
            t => t.GetProperty("text").GetString() == "2014" && t.GetProperty("value").GetString() == "2014");
    }

    [Fact]
    public void Annotate_with_nothing_readable_exits_with_2()
    {
        var error = new StringWriter();
        var code = ParallaxCli.Run(["annotate", Path.Combine(Path.GetTempPath(), "no-such-file-" + Guid.NewGuid().ToString("N") + ".txt")], new StringWriter(), error);

        Assert.Equal(2, code);
        Assert.Contains("no-such-file-", error.ToString(), StringComparison.Ordinal);
    }

    private static void AssertSlices(string text, JsonElement span)
    {
        var start = span.GetProperty("start").GetInt32();
        var length = span.GetProperty("length").GetInt32();
        Assert.Equal(text.Substring(start, length), span.GetProperty("text").GetString());
    }
}
