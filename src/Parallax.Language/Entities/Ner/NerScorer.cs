using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Evaluation;

namespace Parallax.Language.Entities.Ner;

/// <summary>
/// Accumulates exact-span scores sentence by sentence: a predicted name is correct only when a gold name has the
/// same first token, the same length and the same kind (the CoNLL-2003 measure). Not thread-safe.
/// </summary>
public sealed class NerScorer
{
    private readonly MatchCounts[] counts = new MatchCounts[Enum.GetValues<EntityKind>().Length];
    private int tokens;

    /// <summary>Adds one sentence of <paramref name="tokenCount"/> tokens with its gold and predicted names.</summary>
    public void Add(int tokenCount, IReadOnlyCollection<EntityTag> gold, IReadOnlyCollection<EntityTag> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        tokens += tokenCount;
        var goldSet = new HashSet<EntityTag>(gold);
        foreach (var name in gold)
        {
            counts[(int)name.Kind] += new MatchCounts(1, 0, 0);
        }

        foreach (var name in predicted)
        {
            counts[(int)name.Kind] += new MatchCounts(0, 1, goldSet.Contains(name) ? 1 : 0);
        }
    }

    /// <summary>The scores so far.</summary>
    public NerScore Score() => new([.. counts], tokens);
}
