namespace Parallax.Stories.Evaluation;

/// <summary>
/// How the detector's join decision on graded pairs agrees with the graders: a pair is joined when its similarity
/// reaches the story threshold, and the graders call it the same story when its SemEval-2022 Task 8 "Overall" is at
/// most <see cref="SameStoryOverall"/> (1 very similar, 2 somewhat similar). Precision is the share of joined pairs
/// that are the same story: a wrong join is the over-merge users see.
/// </summary>
/// <param name="Pairs">The pairs judged.</param>
/// <param name="Joined">The pairs the detector joins.</param>
/// <param name="Same">The pairs the graders call the same story.</param>
/// <param name="JoinedSame">The pairs both join.</param>
/// <param name="Scores">Precision and recall of joining against the graders' same-story pairs.</param>
/// <param name="Accuracy">The share of pairs where the decision and the graders agree.</param>
public sealed record SameStoryDecisions(int Pairs, int Joined, int Same, int JoinedSame, PrecisionRecall Scores, double Accuracy)
{
    /// <summary>The largest Overall grade counted as the same story.</summary>
    public const double SameStoryOverall = 2.0;

    /// <summary>Scores the decision "similarity ≥ <paramref name="threshold"/>" against each pair's Overall grade.</summary>
    public static SameStoryDecisions Of(IReadOnlyList<double> similarities, IReadOnlyList<double> overall, double threshold)
    {
        ArgumentNullException.ThrowIfNull(similarities);
        ArgumentNullException.ThrowIfNull(overall);
        if (similarities.Count != overall.Count)
        {
            throw new ArgumentException("Each pair needs a similarity and an Overall grade.", nameof(overall));
        }

        int joined = 0, same = 0, both = 0, agree = 0;
        for (var i = 0; i < similarities.Count; i++)
        {
            var join = similarities[i] >= threshold;
            var isSame = overall[i] <= SameStoryOverall;
            joined += join ? 1 : 0;
            same += isSame ? 1 : 0;
            both += join && isSame ? 1 : 0;
            agree += join == isSame ? 1 : 0;
        }

        var scores = new PrecisionRecall(joined > 0 ? (double)both / joined : 0, same > 0 ? (double)both / same : 0);
        return new SameStoryDecisions(similarities.Count, joined, same, both, scores, similarities.Count > 0 ? (double)agree / similarities.Count : 0);
    }
}
