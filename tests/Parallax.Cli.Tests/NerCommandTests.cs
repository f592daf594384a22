using Parallax.Tests.Shared;

namespace Parallax.Cli.Tests;

/// <summary><c>parallax train ner</c> and <c>parallax eval ner</c> (and <c>eval pos</c> refusing a bad model) on a tiny CoNLL-style file the test writes.</summary>
public sealed class NerCommandTests : IDisposable
{
    private static string Corpus { get; } = MarkedConll.Write(
        [
            "Mr. Tarek/PER Oumlil/PER visited Brastova/LOC .",
        ],
        [
            "Valdor/ORG Bank/ORG opened in Kesselheim/LOC .",
        ]);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "parallax-ner-" + Guid.NewGuid().ToString("N"));

    public NerCommandTests() => Directory.CreateDirectory(folder);

    [Fact]
    public void Trains_a_model_and_scores_it_per_type()
    {
        var data = Path.Combine(folder, "train.txt");
        var model = Path.Combine(folder, "model.bin.gz");
        File.WriteAllText(data, Corpus);
        var output = new StringWriter();
        var error = new StringWriter();

        var trained = ParallaxCli.Run(["train", "ner", "--data", data, "--dev", data, "--out", model, "--iterations", "5"], output, error);
        var evaluated = ParallaxCli.Run(["eval", "ner", "--dataset", data, "--model", model], output, error);

        Assert.True(trained == 0 && evaluated == 0, error.ToString());
        Assert.True(File.Exists(model));
        var text = output.ToString();
        Assert.Contains("pass 5:", text, StringComparison.Ordinal);
        Assert.Contains("processed 12 tokens with 4 phrases", text, StringComparison.Ordinal);
        Assert.Matches(@"overall: precision: +\d+\.\d\d%; recall: +\d+\.\d\d%; FB1: +\d+\.\d\d", text);
        foreach (var type in new[] { "PER", "ORG", "LOC", "MISC" })
        {
            Assert.Contains(type + ": precision:", text, StringComparison.Ordinal);
        }

        Assert.Contains("tokens/s", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ner")]
    [InlineData("pos")]
    public void A_file_that_is_not_a_model_is_refused(string tagger)
    {
        var data = Path.Combine(folder, "train.txt");
        var model = Path.Combine(folder, "model.bin.gz");
        File.WriteAllText(data, MarkedConll.Write(["The_DT ferry_NN left_VBD Kesselheim_NNP/LOC ._."]));
        File.WriteAllText(model, "not a model");
        var error = new StringWriter();

        var code = ParallaxCli.Run(["eval", tagger, "--dataset", data, "--model", model], new StringWriter(), error);

        Assert.Equal(2, code);
        Assert.Contains("parallax eval " + tagger, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Statistical")]
    [InlineData("RuleBased")]
    public void Annotate_takes_either_entity_tagger(string tagger)
    {
        var article = Path.Combine(folder, "article.txt");
        File.WriteAllText(article, "Chancellor Anja Vollrath met officials of the European Commission in Hamburg on Monday.");
        var output = new StringWriter();
        var error = new StringWriter();

        var code = ParallaxCli.Run(["annotate", article, "--entities", tagger], output, error);

        Assert.True(code == 0, error.ToString());
        Assert.Contains("\"name\": \"Anja Vollrath\"", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
