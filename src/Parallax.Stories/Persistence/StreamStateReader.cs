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

    public void ReadInto(Dictionary<string, int> counts)
    {
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            counts[reader.ReadString()] = reader.ReadInt32();
        }
    }

    public WeightedVector ReadVector()
    {
        var length = reader.ReadInt32();
        var keys = new string[length];
        var weights = new double[length];
        for (var i = 0; i < length; i++)
        {
            keys[i] = reader.ReadString();
            weights[i] = reader.ReadDouble();
        }

        return WeightedVector.FromSaved(keys, weights);
    }

    public void ReadInto(Centroid centroid)
    {
        var squaredNorm = reader.ReadDouble();
        var sums = new KeyValuePair<string, double>[reader.ReadInt32()];
        for (var i = 0; i < sums.Length; i++)
        {
            sums[i] = new KeyValuePair<string, double>(reader.ReadString(), reader.ReadDouble());
        }

        centroid.Restore(sums, squaredNorm);
    }

    public void ReadInto(FeatureSum sum)
    {
        ReadInto(sum.Terms);
        ReadInto(sum.Names);
        ReadInto(sum.Anchors);
        sum.FirstTime = ReadTime();
        sum.LastTime = ReadTime();
    }

    public StoryMember ReadMember()
    {
        var id = reader.ReadString();
        var order = reader.ReadInt64();
        var day = reader.ReadSByte();
        var title = ReadNullableString();
        var firstSentence = reader.ReadString();
        return new StoryMember(id, order, day < 0 ? null : (DayOfWeek)day, title, firstSentence, ReadVector());
    }

    public void Dispose() => reader.Dispose();
}
