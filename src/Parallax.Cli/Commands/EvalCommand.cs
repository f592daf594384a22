using System.CommandLine;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax eval …</c>: accuracy on public benchmarks, each data set read from its path.</summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("eval", "Measure accuracy on public benchmark data sets.")
        {
            EvalClusteringCommand.Create(output, error),
            EvalExtractionCommand.Create(output, error),
            EvalSummaryCommand.Create(output, error),
            EvalQuotesCommand.Create(output, error),
            EvalTimeCommand.Create(output, error),
            EvalNerCommand.Create(output, error),
            EvalPosCommand.Create(output, error),
        };
}
