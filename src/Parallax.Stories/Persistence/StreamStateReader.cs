using System.Text;
using Parallax.Stories.Clustering;
using Parallax.Stories.Features;

namespace Parallax.Stories.Persistence;

/// <summary>Reads what <see cref="StreamStateWriter"/> wrote, in the same order.</summary>
internal sealed class StreamStateReader(Stream stream) : IDisposable
{
    private readonly BinaryReader reader = new(stream, Encoding.UTF8, leaveOpen: true);

    public int ReadInt32() => reader.ReadInt32();

    public long ReadInt64() => reader.ReadInt64();

    public double ReadDouble() => reader.ReadDouble();

    public bool ReadBoolean() => reader.ReadBoolean();

    public uint ReadUInt32() => reader.ReadUInt32();

    public string ReadString() => reader.ReadString();

    public string? ReadNullableString() => reader.ReadBoolean() ? reader.ReadString() : null;

    public DateTimeOffset? ReadTime()
    {
        if (!reader.ReadBoolean())
        {
            return null;
        }

        var ticks = reader.ReadInt64();
        var offset = TimeSpan.FromMinutes(reader.ReadInt16());
        return new DateTimeOffset(ticks + offset.Ticks, offset);
    }

    public string[] ReadStrings()
    {
        var values = new string[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }

    /// <summary>Background counts written by <see cref="StreamStateWriter.Write(HashedCounts)"/>.</summary>
    public HashedCounts ReadHashedCounts()
    {
        var entries = new KeyValuePair<ulong, int>[reader.ReadInt32()];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = KeyValuePair.Create(reader.ReadUInt64(), reader.ReadInt32());
        }

        return HashedCounts.FromHashes(entries);
    }

    /// <summary>
    /// The format version of the state being read (4 to 7): version 4 kept no time with a key's count, versions 4 and 5
    /// kept every story of a storyline with its size and title, versions 4 to 6 every story's id.
    /// </summary>
    public int Version { get; set; } = 7;

    /// <summary>
    /// Puts back the counts <see cref="StreamStateWriter.Write(KeyTable, long)"/> wrote, numbering the keys in their
    /// saved order; a version-4 state's keys count as last seen at <paramref name="savedAt"/>.
    /// </summary>
    public void ReadInto(KeyTable table, long savedAt)
    {
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            var documents = reader.ReadInt32();
            table.Restore(key, documents, Version >= 5 ? reader.ReadInt64() : savedAt);
        }
    }

    /// <summary>
    /// The stream's frequencies, whose tables number the keys of the vectors and sums read after them; set once they
    /// are loaded.
    /// </summary>
    public DocumentFrequencies? Frequencies { get; set; }

    private DocumentFrequencies Loaded =>
        Frequencies ?? throw new InvalidOperationException("Load the document frequencies before vectors and sums.");

    /// <summary>Terms written by <see cref="StreamStateWriter.WriteTerms"/>, as their numbers in the stream's term table.</summary>
    public int[] ReadTerms() => Array.ConvertAll(ReadStrings(), Loaded.Terms.IdOf);

    public WeightedVector ReadVector(KeyTable table)
    {
        var length = reader.ReadInt32();
        var keys = new string[length];
        var weights = new double[length];
        for (var i = 0; i < length; i++)
        {
            keys[i] = reader.ReadString();
            weights[i] = reader.ReadDouble();
        }

        return WeightedVector.FromSaved(keys, weights, table);
    }

    public void ReadInto(Centroid centroid, KeyTable table)
    {
        var squaredNorm = reader.ReadDouble();
        var sums = new (int Id, string Key, double Sum)[reader.ReadInt32()];
        for (var i = 0; i < sums.Length; i++)
        {
            var key = reader.ReadString();
            sums[i] = (table.IdOf(key), key, reader.ReadDouble());
        }

        centroid.Restore(sums, squaredNorm);
    }

    public void ReadInto(FeatureSum sum)
    {
        var frequencies = Loaded;
        ReadInto(sum.Terms, frequencies.Terms);
        ReadInto(sum.Names, frequencies.Names);
        ReadInto(sum.Anchors, frequencies.Anchors);
        sum.FirstTime = ReadTime();
        sum.LastTime = ReadTime();
    }

    /// <summary>A weekday written by <see cref="StreamStateWriter.Write(DayOfWeek?)"/>.</summary>
    public DayOfWeek? ReadWeekday() => reader.ReadSByte() is var day and >= 0 ? (DayOfWeek)day : null;

    public StoryMember ReadMember()
    {
        var id = reader.ReadString();
        var order = reader.ReadInt64();
        var title = ReadNullableString();
        var firstSentence = reader.ReadString();
        return new StoryMember(id, order, title, firstSentence, ReadVector(Loaded.Terms));
    }

    public void Dispose() => reader.Dispose();
}
