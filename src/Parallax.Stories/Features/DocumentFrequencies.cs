namespace Parallax.Stories.Features;

/// <summary>
/// Document frequencies of terms, names and calendar anchors, and the number of documents counted: the IDF
/// statistics. In a stream they grow with every article, so each article is weighted with what had been seen up to
/// and including it, on top of a fixed <see cref="Background"/> counted before the stream started.
/// </summary>
internal sealed class DocumentFrequencies(BackgroundFrequencies background)
{
    /// <summary>The counts the stream started from; not included in <see cref="Terms"/>, <see cref="Names"/>, <see cref="Anchors"/> or <see cref="Count"/>.</summary>
    public BackgroundFrequencies Background { get; private set; } = background;

    /// <summary>Documents of the stream per term.</summary>
    public Dictionary<string, int> Terms { get; } = new(StringComparer.Ordinal);

    /// <summary>Documents of the stream per name key.</summary>
    public Dictionary<string, int> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>Documents of the stream per anchor.</summary>
    public Dictionary<string, int> Anchors { get; } = new(StringComparer.Ordinal);

    /// <summary>Documents of the stream counted.</summary>
    public int Count { get; set; }

    /// <summary>Documents counted, the background's included: the N of IDF.</summary>
    public int TotalCount => Count + Background.DocumentCount;

    /// <summary>Counts one document's keys.</summary>
    public void Add(RawFeatures features)
    {
        Count++;
        Increment(Terms, features.Terms);
        Increment(Names, features.Names);
        Increment(Anchors, features.Anchors);
    }

    public void Save(Persistence.StreamStateWriter writer)
    {
        // Sorted: a frozen dictionary's order follows string hashes, which differ from process to process.
        writer.Write(Background.DocumentCount);
        writer.Write(Sorted(Background.Terms));
        writer.Write(Sorted(Background.Names));
        writer.Write(Sorted(Background.Anchors));
        writer.Write(Count);
        writer.Write(Terms);
        writer.Write(Names);
        writer.Write(Anchors);
    }

    public void Load(Persistence.StreamStateReader reader)
    {
        var backgroundCount = reader.ReadInt32();
        var backgroundTerms = new Dictionary<string, int>(StringComparer.Ordinal);
        var backgroundNames = new Dictionary<string, int>(StringComparer.Ordinal);
        var backgroundAnchors = new Dictionary<string, int>(StringComparer.Ordinal);
        reader.ReadInto(backgroundTerms);
        reader.ReadInto(backgroundNames);
        reader.ReadInto(backgroundAnchors);
        Background = BackgroundFrequencies.From(backgroundCount, backgroundTerms, backgroundNames, backgroundAnchors);
        Count = reader.ReadInt32();
        reader.ReadInto(Terms);
        reader.ReadInto(Names);
        reader.ReadInto(Anchors);
    }

    private static SortedDictionary<string, int> Sorted(IReadOnlyDictionary<string, int> counts) =>
        new(counts.ToDictionary(StringComparer.Ordinal), StringComparer.Ordinal);

    private static void Increment(Dictionary<string, int> frequencies, Dictionary<string, double> counts)
    {
        foreach (var key in counts.Keys)
        {
            frequencies[key] = frequencies.GetValueOrDefault(key) + 1;
        }
    }
}
