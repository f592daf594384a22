using System.CommandLine;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax train …</c>: trains the models Parallax ships, from public training data read from its path.</summary>
internal static class TrainCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("train", "Train a model from a training data set.")
        {
            TrainNerCommand.Create(output, error),
            TrainPosCommand.Create(output, error),
            TrainQuotesCommand.Create(output, error),
            TrainStoriesCommand.Create(output, error),
            TrainWordClustersCommand.Create(output, error),
        };
}
