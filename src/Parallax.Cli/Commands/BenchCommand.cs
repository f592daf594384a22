using System.CommandLine;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax bench …</c>: speed and memory measured on real data, never asserted in tests.</summary>
internal static class BenchCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("bench", "Measure speed and memory on a data set.")
        {
            BenchAnalysisCommand.Create(output, error),
            BenchExtractionCommand.Create(output, error),
            BenchStoriesCommand.Create(output, error),
        };
}
