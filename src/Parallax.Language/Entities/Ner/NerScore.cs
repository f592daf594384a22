using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Parallax.Core.Annotations;
using Parallax.Core.Evaluation;

namespace Parallax.Language.Entities.Ner;

/// <summary>Exact-span NER scores (conlleval): counts per <see cref="EntityKind"/> and overall, over <see cref="Tokens"/> tokens.</summary>
/// <param name="PerKind">Counts indexed by <see cref="EntityKind"/>.</param>
/// <param name="Tokens">The number of tokens scored.</param>
public sealed record NerScore(ImmutableArray<MatchCounts> PerKind, int Tokens)
{
    /// <summary>The counts over all kinds.</summary>
    public MatchCounts Overall => PerKind.Aggregate(default(MatchCounts), (a, b) => a + b);

    /// <summary>The counts of one kind.</summary>
    public MatchCounts Of(EntityKind kind) => PerKind[(int)kind];

    /// <summary>A conlleval-style table: the overall line, then one line per type (percentages, two decimals).</summary>
    public string ToTable()
    {
        var overall = Overall;
        var text = new StringBuilder();
        text.AppendLine(string.Create(
            CultureInfo.InvariantCulture,
            $"processed {Tokens} tokens with {overall.Gold} phrases; found: {overall.Predicted} phrases; correct: {overall.Correct}."));
        text.AppendLine(Line("overall", overall));
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            text.AppendLine(Line(IobChunks.TypeName(kind), Of(kind)));
        }

        return text.ToString();
    }

    private static string Line(string name, MatchCounts counts) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name,8}: precision: {100 * counts.Precision,6:0.00}%; recall: {100 * counts.Recall,6:0.00}%; FB1: {100 * counts.F1,6:0.00}  {counts.Predicted} found, {counts.Gold} gold");
}
