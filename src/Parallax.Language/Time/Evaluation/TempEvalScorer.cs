
namespace Parallax.Language.Time.Evaluation;

/// <summary>
/// Scores time expressions found in TimeML documents against their gold TIMEX3s as TempEval-3 does. Matching is one
/// to one: each gold timex pairs with the first unpaired system timex that overlaps it, in text order; a pair is a
/// strict match when the spans are equal. Values are compared as strings, as TempEval-3 compares them.
/// </summary>
public static class TempEvalScorer
{
    /// <summary>Scores <paramref name="tag"/> (text and creation time to system timexes) on <paramref name="documents"/>.</summary>
    public static TempEvalScore Score(
        IReadOnlyList<TimeMlDocument> documents, Func<string, DateOnly?, IReadOnlyList<TimexAnnotation>> tag)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(tag);
        var results = new TempEvalScore[documents.Count];
        Parallel.For(0, documents.Count, i => results[i] = ScoreDocument(documents[i], tag(documents[i].Text, documents[i].CreationTime)));
        return results.Aggregate(
            new TempEvalScore(0, 0, 0, 0, 0, 0, 0),
            static (sum, one) => new TempEvalScore(
                sum.Documents + one.Documents,
                sum.Gold + one.Gold,
                sum.System + one.System,
                sum.StrictMatches + one.StrictMatches,
                sum.RelaxedMatches + one.RelaxedMatches,
                sum.TypeMatches + one.TypeMatches,
                sum.ValueMatches + one.ValueMatches));
    }

    /// <summary>The counts of one document.</summary>
    public static TempEvalScore ScoreDocument(TimeMlDocument document, IReadOnlyList<TimexAnnotation> system)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(system);
        var taken = new bool[system.Count];
        int strict = 0, relaxed = 0, type = 0, value = 0;
        foreach (var gold in document.Timexes)
        {
            for (var j = 0; j < system.Count; j++)
            {
                if (taken[j] || !gold.Span.Overlaps(system[j].Span))
                {
                    continue;
                }

                taken[j] = true;
                relaxed++;
                strict += gold.Span == system[j].Span ? 1 : 0;
                type += gold.Type == system[j].Type ? 1 : 0;
                value += string.Equals(gold.Value, system[j].Value, StringComparison.Ordinal) ? 1 : 0;
                break;
            }
        }

        return new TempEvalScore(1, document.Timexes.Length, system.Count, strict, relaxed, type, value);
    }
}
