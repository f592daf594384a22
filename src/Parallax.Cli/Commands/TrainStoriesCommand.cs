using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Language;
using Parallax.Stories;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>parallax train stories INPUT... [--out FILE]</c>: counts the story detector's background document frequencies
/// over news texts of training splits, annotated as <c>analyze</c> annotates (entities give the names).
/// </summary>
internal static class TrainStoriesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "CoNLL-2003 files, SemEval-2022 Task 8 pair CSVs, or folders of .txt articles.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outFile = new Option<string>("--out")
        {
            Description = "Where to write the frequencies.",
            DefaultValueFactory = _ => "background-frequencies.bin.gz",
        };
        var minimum = new Option<int>("--min-documents")
        {
            Description = "Keep keys seen in at least this many documents.",
            DefaultValueFactory = _ => 2,
        };
        var command = new Command("stories", "Count the story detector's background document frequencies.") { inputs, outFile, minimum };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(outFile)!, parse.GetValue(minimum), output, error));
        return command;
    }

    private static int Run(string[] inputs, string outFile, int minimum, TextWriter output, TextWriter error)
    {
        try
        {
            var clock = Stopwatch.StartNew();
            var articles = new List<Core.Articles.Article>();
            foreach (var input in inputs)
            {
                var read = BackgroundCorpus.Read(input);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{input}: {read.Count} texts"));
                articles.AddRange(read);
            }

            var annotator = new ParallaxPipelineBuilder().UseSentences().UseTokens().UseEntities().Build();
            var documents = new Document[articles.Count];
            Parallel.For(0, documents.Length, i => documents[i] = annotator.Annotate(articles[i]));
            var background = BackgroundFrequencies.Count(documents, minimumFrequency: minimum);
            using (var stream = File.Create(outFile))
            {
                background.Save(stream);
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{background.DocumentCount} documents: {background.Terms.Count} terms, {background.Names.Count} names, {background.Anchors.Count} anchors; {new FileInfo(outFile).Length / 1024.0:0} KB written to {outFile} in {clock.Elapsed.TotalSeconds:0.0} s"));
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error.WriteLine($"parallax train stories: {ex.Message}");
            return ExitCodes.NothingAnalysed;
        }
    }
}
