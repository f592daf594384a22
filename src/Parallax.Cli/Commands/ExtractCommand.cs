using System.CommandLine;
using Parallax.Extraction;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>parallax extract PATH... [--format json|jsonl|text] [--out FILE]</c>: one record per article read — path, url,
/// source, title, authors, published, updated, language, lead image caption and body — with nothing stored and no
/// analysis. Unreadable inputs are named on standard error, one line each, and the batch goes on.
/// </summary>
public static class ExtractCommand
{
    /// <summary>The <c>extract</c> command; records go to <paramref name="output"/> (or --out), problems to <paramref name="error"/>.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Article files (.txt, .html, .htm, .html.gz, .json, .jsonl, .warc, .warc.gz) or folders to read recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "json (one array), jsonl (one object per line) or text (a readable block per article).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong(ExtractRecordWriter.Formats);
        var outPath = new Option<string?>("--out", "-o")
        {
            Description = "Write the records to this file instead of standard output ('-' for standard output).",
        };
        var maxSize = new Option<long>("--max-file-size")
        {
            Description = "Reject input files (and WARC records) larger than this many bytes.",
            DefaultValueFactory = _ => 10_000_000,
        };
        var command = new Command(
            "extract",
            "Read articles and print what was extracted from each: URL, outlet, title, authors, dates, language, lead "
            + "image caption and body text. Nothing is stored.")
        {
            paths, format, outPath, maxSize,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? [],
            parse.GetValue(format) ?? "json",
            parse.GetValue(outPath),
            parse.GetValue(maxSize),
            output,
            error));
        return command;
    }

    private static int Run(string[] paths, string format, string? outPath, long maxFileBytes, TextWriter output, TextWriter error)
    {
        var reader = new ArticleReader(new ExtractionOptions { MaxFileBytes = maxFileBytes });
        if (outPath is null or "-")
        {
            return Extract(reader, paths, format, output, error);
        }

        var code = ExitCodes.Success;
        try
        {
            AtomicTextFile.Write(Path.GetFullPath(outPath), file =>
            {
                code = Extract(reader, paths, format, file, error);
                return code == ExitCodes.Success;
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"parallax extract: cannot write {outPath}: {e.Message}");
            return ExitCodes.InternalError;
        }

        return code;
    }

    // Records are written as they are read, so a large WARC file never sits in memory whole.
    private static int Extract(ArticleReader reader, string[] paths, string format, TextWriter destination, TextWriter error)
    {
        var read = 0;
        using (var records = new ExtractRecordWriter(destination, format))
        {
            foreach (var result in reader.Read(paths))
            {
                if (result.Article is not null)
                {
                    records.Write(result.Article);
                    read++;
                }
                else if (result.Problem is not null)
                {
                    error.WriteLine($"skipped {result.Problem.Path}: {result.Problem.Reason}");
                }
            }
        }

        if (read == 0)
        {
            error.WriteLine("parallax: no article could be read from the given paths; nothing was extracted.");
            return ExitCodes.NothingAnalysed;
        }

        return ExitCodes.Success;
    }
}
