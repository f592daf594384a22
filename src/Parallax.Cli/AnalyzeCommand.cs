using System.CommandLine;

namespace Parallax.Cli;

/// <summary><c>parallax analyze PATH... [--db FILE] [--format html|md|json] [--out FILE]</c>.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Article files (.txt, .html, .htm, .html.gz, .json, .jsonl, .warc, .warc.gz) or folders to read recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = new Option<string>("--db")
        {
            Description = "The SQLite store to add the articles to; analysis covers everything stored.",
            DefaultValueFactory = _ => "parallax.db",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format.",
            DefaultValueFactory = _ => "html",
        };
        format.AcceptOnlyFromAmong("html", "md", "json");
        var outPath = new Option<string?>("--out", "-o")
        {
            Description = "Where to write the report (default: parallax-report.<format> in the current folder; '-' for standard output).",
        };
        var maxSize = new Option<long>("--max-file-size")
        {
            Description = "Reject input files larger than this many bytes.",
            DefaultValueFactory = _ => 10_000_000,
        };
        var quiet = new Option<bool>("--no-progress")
        {
            Description = "Never draw a progress bar.",
        };

        var command = new Command("analyze", "Read articles into the store, group them into stories, compare the outlets and write the report.")
        {
            paths, db, format, outPath, maxSize, quiet,
        };
        command.SetAction(parse =>
        {
            var settings = new AnalyzeSettings(
                parse.GetValue(paths) ?? [],
                parse.GetValue(db) ?? "parallax.db",
                parse.GetValue(format) ?? "html",
                parse.GetValue(outPath),
                parse.GetValue(maxSize),
                !parse.GetValue(quiet) && !Console.IsErrorRedirected && ReferenceEquals(error, Console.Error));
            return new AnalyzeRunner(output, error).Run(settings);
        });
        return command;
    }
}
