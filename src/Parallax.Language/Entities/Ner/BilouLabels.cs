using System.Collections.Immutable;
using Parallax.Core.Annotations;

namespace Parallax.Language.Entities.Ner;

/// <summary>
/// The labels the tagger predicts: O, and Begin, Inside, Last and Unit for each of the four CoNLL kinds (17 in all).
/// BILOU rather than BIO because it separates single-token names and last tokens, which Ratinov and Roth (2009)
/// found worth about a point of F1 on CoNLL-2003. Label 0 is O; kind k position p is 1 + 4k + p.
/// </summary>
public static class BilouLabels
{
    /// <summary>The number of labels.</summary>
    public const int Count = 17;

    /// <summary>The label outside any name.</summary>
    public const int Outside = 0;

    private const int Begin = 0;
    private const int Inside = 1;
    private const int Last = 2;
    private const int Unit = 3;

    /// <summary>The label of position <paramref name="position"/> (0 B, 1 I, 2 L, 3 U) of a <paramref name="kind"/> name.</summary>
    public static int Of(int position, EntityKind kind) => 1 + (4 * (int)kind) + position;

    /// <summary>The kind of a label other than O.</summary>
    public static EntityKind KindOf(int label) => (EntityKind)((label - 1) / 4);

    /// <summary>The label's name: "O", "B-PER", "L-LOC", …</summary>
    public static string Name(int label) =>
        label == Outside ? "O" : "BILU"[(label - 1) % 4] + "-" + IobChunks.TypeName(KindOf(label));

    /// <summary>The labels of a sentence of <paramref name="length"/> tokens with non-overlapping names <paramref name="spans"/>.</summary>
    public static ImmutableArray<int> Encode(int length, IEnumerable<EntityTag> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var labels = new int[length];
        foreach (var span in spans)
        {
            if (span.TokenCount == 1)
            {
                labels[span.FirstToken] = Of(Unit, span.Kind);
                continue;
            }

            labels[span.FirstToken] = Of(Begin, span.Kind);
            for (var i = span.FirstToken + 1; i < span.EndToken - 1; i++)
            {
                labels[i] = Of(Inside, span.Kind);
            }

            labels[span.EndToken - 1] = Of(Last, span.Kind);
        }

        return [.. labels];
    }

    /// <summary>
    /// The names in <paramref name="labels"/>. Ill-formed runs are read leniently: a name left open (B or I not closed
    /// by L) ends where the run of its kind ends, and an I or L without a B starts a name.
    /// </summary>
    public static ImmutableArray<EntityTag> Decode(ReadOnlySpan<int> labels)
    {
        var names = ImmutableArray.CreateBuilder<EntityTag>();
        var start = -1;
        var kind = EntityKind.Person;
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            var position = label == Outside ? -1 : (label - 1) % 4;
            var continues = start >= 0 && position is Inside or Last && KindOf(label) == kind;
            if (!continues && start >= 0)
            {
                names.Add(new EntityTag(start, i - start, kind));
                start = -1;
            }

            if (label == Outside)
            {
                continue;
            }

            if (!continues)
            {
                start = i;
                kind = KindOf(label);
            }

            if (position is Last or Unit)
            {
                names.Add(new EntityTag(start, i + 1 - start, kind));
                start = -1;
            }
        }

        if (start >= 0)
        {
            names.Add(new EntityTag(start, labels.Length - start, kind));
        }

        return names.ToImmutable();
    }

    /// <summary>True when <paramref name="next"/> may follow <paramref name="previous"/> (-1: the sentence start).</summary>
    public static bool Allowed(int previous, int next)
    {
        var open = previous > 0 && (previous - 1) % 4 is Begin or Inside;
        if (next == Outside)
        {
            return !open;
        }

        var position = (next - 1) % 4;
        if (position is Inside or Last)
        {
            return open && KindOf(previous) == KindOf(next);
        }

        return !open;
    }
}
