using System.Text;
using Parallax.Stories.Clustering;
using Parallax.Stories.Features;

namespace Parallax.Stories.Persistence;

/// <summary>Writes the parts of a streaming detector's state in a compact binary form (little-endian, UTF-8 strings).</summary>
internal sealed class StreamStateWriter(Stream stream) : IDisposable
{
    private readonly BinaryWriter writer = new(stream, Encoding.UTF8, leaveOpen: true);

    public void Write(int value) => writer.Write(value);

    public void Write(long value) => writer.Write(value);

    public void Write(double value) => writer.Write(value);

    public void Write(bool value) => writer.Write(value);

    public void Write(uint value) => writer.Write(value);

    public void Write(string value) => writer.Write(value);

    public void WriteNullable(string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    /// <summary>A time as UTC ticks and offset minutes, so it reads back equal and with the same offset.</summary>
    public void Write(DateTimeOffset? time)
    {
        writer.Write(time.HasValue);
        if (time is { } known)
        {
            writer.Write(known.UtcTicks);
            writer.Write((short)known.Offset.TotalMinutes);
        }
    }

    /// <summary>The stream's frequencies, whose term table names the terms <see cref="WriteTerms"/> writes.</summary>
    public DocumentFrequencies? Frequencies { get; init; }

    /// <summary>Terms given by their numbers, written as the strings they stand for.</summary>
    public void WriteTerms(IReadOnlyCollection<int> terms)
    {
        var table = (Frequencies ?? throw new InvalidOperationException("The writer has no term table.")).Terms;
        writer.Write(terms.Count);
        foreach (var term in terms)
        {
            writer.Write(table.Key(term));
        }
    }

    public void Write(IReadOnlyCollection<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    /// <summary>Background counts as their hashes and counts, in ascending hash order.</summary>
    public void Write(HashedCounts counts)
    {
        writer.Write(counts.Count);
        foreach (var (hash, count) in counts.Entries)
        {
            writer.Write(hash);
            writer.Write(count);
        }
    }

    /// <summary>
    /// The keys counted in the stream and not forgotten at <paramref name="now"/>, with their documents and the time
    /// each was last seen, in the order they were first counted.
    /// </summary>
    public void Write(KeyTable table, long now)
    {
        var counted = table.Counted(now).ToList();
        writer.Write(counted.Count);
        foreach (var (key, count, lastSeen) in counted)
        {
            writer.Write(key);
            writer.Write(count);
            writer.Write(lastSeen);
        }
    }

    public void Write(WeightedVector vector)
    {
        writer.Write(vector.Length);
        for (var i = 0; i < vector.Length; i++)
        {
            writer.Write(vector.Key(i));
            writer.Write(vector.Weights[i]);
        }
    }

    /// <summary>A centroid's sums in their enumeration order, so the restored one sums in the same order.</summary>
    public void Write(Centroid centroid)
    {
        writer.Write(centroid.SquaredNorm);
        writer.Write(centroid.Count);
        foreach (var (key, sum) in centroid.Sums())
        {
            writer.Write(key);
            writer.Write(sum);
        }
    }

    public void Write(FeatureSum sum)
    {
        Write(sum.Terms);
        Write(sum.Names);
        Write(sum.Anchors);
        Write(sum.FirstTime);
        Write(sum.LastTime);
    }

    /// <summary>A weekday, or none, in one byte.</summary>
    public void Write(DayOfWeek? day) => writer.Write(day is { } known ? (sbyte)known : (sbyte)-1);

    public void Write(StoryMember member)
    {
        writer.Write(member.Id);
        writer.Write(member.Order);
        WriteNullable(member.Title);
        writer.Write(member.FirstSentence);
        Write(member.TitleTerms);
    }

    public void Dispose() => writer.Dispose();
}
