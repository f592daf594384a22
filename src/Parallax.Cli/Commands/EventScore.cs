using Parallax.Stories.Evaluation;

namespace Parallax.Cli.Commands;

/// <summary>A clustering of a generated stream scored against its events.</summary>
/// <param name="Scores">B-cubed and pairwise precision, recall and F1.</param>
/// <param name="LargestStory">Articles in the largest story.</param>
internal sealed record EventScore(ClusteringScores Scores, int LargestStory);
