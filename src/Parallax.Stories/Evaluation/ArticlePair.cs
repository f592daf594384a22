using Parallax.Core.Articles;

namespace Parallax.Stories.Evaluation;

/// <summary>Two articles with a graded judgement of how much they tell the same story.</summary>
/// <param name="Id">The pair's id in its data set.</param>
/// <param name="First">The first article.</param>
/// <param name="Second">The second article.</param>
/// <param name="Overall">SemEval-2022 Task 8 "Overall": 1 = the same story … 4 = unrelated.</param>
public sealed record ArticlePair(string Id, Article First, Article Second, double Overall);
