using System.CommandLine;

namespace Parallax.Cli;

/// <summary>The <c>parallax</c> command line: its commands, and running them in-process (the tests do).</summary>
public static class ParallaxCli
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand(
            "Parallax reads the same news from many outlets and shows each story from every side: clean articles, "
            + "stories, who said what and when, where outlets agree and disagree, and a neutral summary.");
        root.Subcommands.Add(AnalyzeCommand.Create(output, error));
        root.Subcommands.Add(AnnotateCommand.Create(output, error));
        root.Subcommands.Add(Commands.ExtractCommand.Create(output, error));
        root.Subcommands.Add(Commands.EvalCommand.Create(output, error));
        root.Subcommands.Add(Commands.BenchCommand.Create(output, error));
        root.Subcommands.Add(Commands.TrainCommand.Create(output, error));
        root.Subcommands.Add(Commands.WatchCommand.Create(output, error));
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        try
        {
            var parsed = root.Parse(args);
            var code = parsed.Invoke(configuration);
            return parsed.Errors.Count > 0 ? ExitCodes.NothingAnalysed : code;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error.WriteLine($"parallax: internal error: {ex.Message}");
            error.WriteLine(ex.StackTrace);
            return ExitCodes.InternalError;
        }
    }
}
