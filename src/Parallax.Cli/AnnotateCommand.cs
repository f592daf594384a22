using System.CommandLine;
using Parallax.Core.Annotations;
using Parallax.Extraction;
using Parallax.Language.Entities;

namespace Parallax.Cli;

/// <summary><c>parallax annotate PATH... [--out FILE]</c>: the language layers of each document, as JSON.</summary>
internal static class AnnotateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Article files or folders, as for analyze.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json");
        var outPath = new Option<string?>("--out", "-o")
        {
            Description = "Write to this file instead of standard output.",
        };
        var maxSize = new Option<long>("--max-file-size")
        {
            Description = "Reject input files larger than this many bytes.",
            DefaultValueFactory = _ => 10_000_000,
        };
        var entities = new Option<EntityTaggerKind>("--entities")
        {
            Description = "Which entity tagger: Statistical (the trained model) or RuleBased.",
            DefaultValueFactory = _ => EntityTaggerKind.Statistical,
        };
        var command = new Command(
            "annotate",
            "Show what Parallax reads in each document: sentences, tokens, entities, quotes and paraphrases with their "
            + "speakers, and time expressions, with character offsets into the document text. Nothing is stored.")
        {
            paths, format, outPath, maxSize, entities,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? [],
            parse.GetValue(outPath),
            parse.GetValue(maxSize),
            parse.GetValue(entities),
            output,
            error));
        return command;
    }

    private static int Run(string[] paths, string? outPath, long maxFileBytes, EntityTaggerKind entities, TextWriter output, TextWriter error)
    {
        var reader = new ArticleReader(new ExtractionOptions { MaxFileBytes = maxFileBytes });
        var pipeline = DefaultPipeline.CreateAnnotationOnly(entities);
        var documents = new List<Document>();
        foreach (var result in reader.Read(paths))
        {
            if (result.Article is not null)
            {
                documents.Add(pipeline.Annotate(result.Article));
            }
            else if (result.Problem is not null)
            {
                error.WriteLine($"skipped {result.Problem.Path}: {result.Problem.Reason}");
            }
        }

        if (documents.Count == 0)
        {
            error.WriteLine("parallax: no article could be read from the given paths; nothing was annotated.");
            return ExitCodes.NothingAnalysed;
        }

        if (outPath is null)
        {
            AnnotationJsonWriter.Write(documents, output);
        }
        else
        {
            using var file = new StreamWriter(outPath, append: false, new System.Text.UTF8Encoding(false));
            AnnotationJsonWriter.Write(documents, file);
        }

        return ExitCodes.Success;
    }
}
