namespace Parallax.Stories.Features;

/// <summary>
/// Document frequencies of terms, names and calendar anchors, and the number of documents counted: the IDF
/// statistics. In a stream they grow with every article, so each article is weighted with what had been seen up to
/// and including it.
/// </summary>
internal sealed class DocumentFrequencies
{
    public Dictionary<string, int> Terms { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Names { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Anchors { get; } = new(StringComparer.Ordinal);

    /// <summary>Documents counted.</summary>
    public int Count { get; set; }

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
        writer.Write(Count);
        writer.Write(Terms);
        writer.Write(Names);
        writer.Write(Anchors);
    }

    public void Load(Persistence.StreamStateReader reader)
    {
        Count = reader.ReadInt32();
        reader.ReadInto(Terms);
        reader.ReadInto(Names);
        reader.ReadInto(Anchors);
    }

    private static void Increment(Dictionary<string, int> frequencies, Dictionary<string, double> counts)
    {
        foreach (var key in counts.Keys)
        {
            frequencies[key] = frequencies.GetValueOrDefault(key) + 1;
        }
    }
}
