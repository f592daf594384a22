using System.Runtime.InteropServices;
using Parallax.Stories.Persistence;

namespace Parallax.Stories.Duplicates;

/// <summary>
/// Finds syndicated and lightly edited copies as articles stream in: LSH buckets over MinHash signature bands, over
/// the articles of the last <see cref="StoryDetectorOptions.DuplicateWindow"/> only, so memory follows the window.
/// A copy links to the earliest article in the window (stream order) whose estimated Jaccard similarity reaches
/// <see cref="StoryDetectorOptions.DuplicateThreshold"/>.
/// </summary>
internal sealed class NearDuplicateWindow(StoryDetectorOptions options)
{
    // Most buckets hold one article: it is kept in the entry itself, and a list is made only for a second one.
    private readonly Dictionary<(int Band, ulong Key), Bucket> buckets = [];
    private readonly Queue<DuplicateCandidate> live = new();
    private readonly List<DuplicateCandidate> candidates = [];
    private readonly int rows = options.MinHashCount / options.DuplicateBands;

    /// <summary>The earliest article in the window that <paramref name="signature"/> copies, with the similarity; or null.</summary>
    public (DuplicateCandidate Original, double Similarity)? FindOriginal(uint[] signature)
    {
        candidates.Clear();
        for (var band = 0; band < options.DuplicateBands; band++)
        {
            if (buckets.TryGetValue((band, BandKey(signature, band)), out var bucket))
            {
                candidates.Add(bucket.First);
                if (bucket.Rest is { } rest)
                {
                    candidates.AddRange(rest);
                }
            }
        }

        candidates.Sort(static (a, b) => a.Order.CompareTo(b.Order));
        long previous = -1;
        foreach (var candidate in candidates)
        {
            if (candidate.Order == previous)
            {
                continue;
            }

            previous = candidate.Order;
            var similarity = MinHasher.EstimateJaccard(signature, candidate.Signature);
            if (similarity >= options.DuplicateThreshold)
            {
                return (candidate, similarity);
            }
        }

        return null;
    }

    /// <summary>Puts an article in the window.</summary>
    public void Add(DuplicateCandidate article)
    {
        live.Enqueue(article);
        for (var band = 0; band < options.DuplicateBands; band++)
        {
            ref var bucket = ref CollectionsMarshal.GetValueRefOrAddDefault(buckets, (band, BandKey(article.Signature, band)), out var exists);
            if (exists)
            {
                (bucket.Rest ??= []).Add(article);
            }
            else
            {
                bucket.First = article;
            }
        }
    }

    /// <summary>
    /// Drops the articles older than the window before <paramref name="clock"/>, in arrival order (an undated article
    /// stops the sweep: it stays until the stream has only dated articles before it).
    /// </summary>
    public void Expire(DateTimeOffset clock)
    {
        while (live.TryPeek(out var oldest) && oldest.Time is { } time && clock - time > options.DuplicateWindow)
        {
            live.Dequeue();
            for (var band = 0; band < options.DuplicateBands; band++)
            {
                var key = (band, BandKey(oldest.Signature, band));
                ref var bucket = ref CollectionsMarshal.GetValueRefOrNullRef(buckets, key);

                // Articles enter buckets in arrival order, so the oldest is first in each of its buckets.
                if (bucket.Rest is not { Count: > 0 } rest)
                {
                    buckets.Remove(key);
                }
                else
                {
                    bucket.First = rest[0];
                    rest.RemoveAt(0);
                }
            }
        }
    }

    /// <summary>Saves the articles in the window, oldest first (the buckets follow from them).</summary>
    public void Save(StreamStateWriter writer)
    {
        writer.Write(live.Count);
        foreach (var article in live)
        {
            writer.Write(article.Order);
            writer.Write(article.Id);
            writer.Write(article.Time);
            writer.Write(article.Signature.Length);
            foreach (var value in article.Signature)
            {
                writer.Write(value);
            }

            writer.Write(article.Story);
        }
    }

    /// <summary>Puts back the articles saved by <see cref="Save"/>, into an empty window.</summary>
    public void Load(StreamStateReader reader)
    {
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var order = reader.ReadInt64();
            var id = reader.ReadString();
            var time = reader.ReadTime();
            var signature = new uint[reader.ReadInt32()];
            for (var j = 0; j < signature.Length; j++)
            {
                signature[j] = reader.ReadUInt32();
            }

            Add(new DuplicateCandidate(order, id, time, signature, reader.ReadInt32()));
        }
    }

    private ulong BandKey(uint[] signature, int band)
    {
        var key = 14695981039346656037UL;
        var start = band * rows;
        for (var r = 0; r < rows; r++)
        {
            key = (key ^ signature[start + r]) * 1099511628211UL;
            key ^= key >> 29;
        }

        return key;
    }

    /// <summary>A bucket's articles in arrival order: the first, then any others.</summary>
    private struct Bucket
    {
        public DuplicateCandidate First;
        public List<DuplicateCandidate>? Rest;
    }
}
