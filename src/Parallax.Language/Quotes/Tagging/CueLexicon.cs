using System.Collections.Frozen;
using Parallax.Language.Entities.Ner;

namespace Parallax.Language.Quotes.Tagging;

/// <summary>
/// How often each word stem was part of a cue in labelled training text, as a class of (share of its occurrences
/// that were cues, number of cue occurrences): a stem seen as a cue twice in twelve uses and one seen so 300 times
/// in 400 fall in different classes, and every stem of a class shares the class's weights. A rare cue verb, whose
/// own word weight is small after averaging, so borrows the weight of all the verbs that are cues as often as it
/// is. Stems are kept as hashes (<see cref="HashedWords.Hash"/>); stems never seen in a cue are not kept and are
/// class 0. Immutable.
/// </summary>
internal sealed class CueLexicon
{
    /// <summary>The class of a stem never seen in a cue (or not seen at all).</summary>
    public const int NoEvidence = 0;

    private readonly FrozenDictionary<ulong, byte> classes;

    private CueLexicon(FrozenDictionary<ulong, byte> classes) => this.classes = classes;

    /// <summary>A lexicon that knows no stem: every stem is <see cref="NoEvidence"/>.</summary>
    public static CueLexicon Empty { get; } = new(FrozenDictionary<ulong, byte>.Empty);

    /// <summary>The number of stems with a class other than <see cref="NoEvidence"/>.</summary>
    public int Count => classes.Count;

    /// <summary>The lexicon of stems counted in <paramref name="counts"/>: per stem, its occurrences in cues and in all.</summary>
    public static CueLexicon From(IReadOnlyDictionary<string, (int InCue, int All)> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new(counts
            .Where(c => c.Value.InCue > 0)
            .ToFrozenDictionary(c => HashedWords.Hash(c.Key), c => (byte)ClassOf(c.Value.InCue, c.Value.All)));
    }

    /// <summary>The lexicon of labelled paragraphs: each paragraph with its cue labels (<see cref="SpanLabels"/>).</summary>
    public static CueLexicon Learn(IEnumerable<(AttributionParagraph Paragraph, int[] Cues)> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var counts = new Dictionary<string, (int InCue, int All)>(StringComparer.Ordinal);
        foreach (var (paragraph, cues) in examples)
        {
            for (var i = 0; i < paragraph.Length; i++)
            {
                var (inCue, all) = counts.GetValueOrDefault(paragraph.Stems[i]);
                counts[paragraph.Stems[i]] = (inCue + (cues[i] != SpanLabels.Outside ? 1 : 0), all + 1);
            }
        }

        return From(counts);
    }

    /// <summary>
    /// The class of a stem seen <paramref name="inCue"/> times in a cue out of <paramref name="all"/>: 1 + four
    /// buckets of the cue share (below 0.1, 0.3, 0.6, and above) × four of the cue count (1, 2–4, 5–20, more).
    /// </summary>
    public static int ClassOf(int inCue, int all)
    {
        if (inCue <= 0 || all <= 0)
        {
            return NoEvidence;
        }

        var share = (double)inCue / all;
        var shareBucket = share < 0.1 ? 0 : share < 0.3 ? 1 : share < 0.6 ? 2 : 3;
        var countBucket = inCue == 1 ? 0 : inCue <= 4 ? 1 : inCue <= 20 ? 2 : 3;
        return 1 + (shareBucket * 4) + countBucket;
    }

    /// <summary>The class of <paramref name="stem"/>.</summary>
    public int ClassOfStem(string stem) => classes.TryGetValue(HashedWords.Hash(stem), out var found) ? found : NoEvidence;

    /// <summary>Writes the lexicon, hashes in ascending order so the same lexicon gives the same bytes.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(classes.Count);
        foreach (var (hash, found) in classes.OrderBy(c => c.Key))
        {
            writer.Write(hash);
            writer.Write(found);
        }
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/>.</summary>
    public static CueLexicon Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        var read = new Dictionary<ulong, byte>(count);
        for (var i = 0; i < count; i++)
        {
            read[reader.ReadUInt64()] = reader.ReadByte();
        }

        return new(read.ToFrozenDictionary());
    }
}
