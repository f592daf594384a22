using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Parallax.Core.Pipeline;
using Parallax.Language;
using Parallax.Language.Clusters;
using Parallax.Language.Entities.Ner;
using Parallax.Language.Quotes.Evaluation;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>parallax train word-clusters --text DIR --conll FILE [--out FILE]</c>: learns word clusters from unlabelled
/// training text (the <c>.txt</c> files of a folder, tokenised as Parallax tokenises, and the words of a CoNLL-2003
/// file) and writes them as hashes without readable words.
/// </summary>
internal static class TrainWordClustersCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var text = new Option<string[]>("--text") { Description = "Folders of plain-text training articles (*.txt, read recursively), e.g. PolNeAR's train/text.", AllowMultipleArgumentsPerToken = true };
        var conll = new Option<string[]>("--conll") { Description = "CoNLL-2003 training files whose first column is read.", AllowMultipleArgumentsPerToken = true };
        var outFile = new Option<string>("--out") { Description = "Where to write the clusters.", DefaultValueFactory = _ => "word-clusters.bin.gz" };
        var minCount = new Option<int>("--min-count") { Description = "Words seen fewer times get no cluster.", DefaultValueFactory = _ => WordClusterOptions.Default.MinCount };
        var maxWords = new Option<int>("--max-words") { Description = "At most this many words, the most frequent, get a cluster.", DefaultValueFactory = _ => WordClusterOptions.Default.MaxWords };
        var command = new Command("word-clusters", "Learn word clusters (PPMI context vectors, nested spherical k-means) from unlabelled training text.")
        {
            text, conll, outFile, minCount, maxWords,
        };
        command.SetAction(parse => Run(
            parse.GetValue(text) ?? [],
            parse.GetValue(conll) ?? [],
            parse.GetValue(outFile)!,
            WordClusterOptions.Default with { MinCount = parse.GetValue(minCount), MaxWords = parse.GetValue(maxWords) },
            output,
            error));
        return command;
    }

    private static int Run(string[] textFolders, string[] conllFiles, string outFile, WordClusterOptions options, TextWriter output, TextWriter error)
    {
        try
        {
            var clock = Stopwatch.StartNew();
            var sentences = new List<IReadOnlyList<string>>();
            foreach (var folder in textFolders)
            {
                sentences.AddRange(TextSentences(folder));
            }

            foreach (var file in conllFiles)
            {
                sentences.AddRange(ConllReader.ReadFile(file).SelectMany(d => d.Sentences).Select(s => (IReadOnlyList<string>)s.Words));
            }

            if (sentences.Count == 0)
            {
                error.WriteLine("parallax train word-clusters: no text; give --text or --conll.");
                return ExitCodes.NothingAnalysed;
            }

            var clusters = WordClusterLearner.Learn(sentences, options);
            using (var stream = File.Create(outFile))
            {
                clusters.Save(stream);
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{clusters.Count} words from {sentences.Sum(s => s.Count)} tokens in {clusters.Top}/{clusters.ClustersAt(1)}/{clusters.ClustersAt(2)} clusters; {new FileInfo(outFile).Length / 1024.0:0} KB written to {outFile} in {clock.Elapsed.TotalSeconds:0.0} s"));
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error.WriteLine($"parallax train word-clusters: {ex.Message}");
            return ExitCodes.NothingAnalysed;
        }
    }

    /// <summary>The token sentences of every text file under <paramref name="folder"/>, in file-name order.</summary>
    private static List<IReadOnlyList<string>> TextSentences(string folder)
    {
        var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var pipeline = new ParallaxPipelineBuilder().UseSentences().UseTokens().Build();
        var sentences = new List<IReadOnlyList<string>>();
        foreach (var file in files)
        {
            var document = pipeline.Annotate(CorpusArticle.From(file, File.ReadAllText(file, Encoding.UTF8)).Article);
            sentences.AddRange(document.Tokens.GroupBy(t => t.Sentence).Select(g => (IReadOnlyList<string>)[.. g.Select(t => t.Norm)]));
        }

        return sentences;
    }
}
