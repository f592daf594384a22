using System.Collections.Immutable;
using Parallax.Core.Stories;
using Parallax.Stories.Features;

namespace Parallax.Stories.Duplicates;

/// <summary>
/// Finds syndicated and lightly edited copies: MinHash signatures over word shingles, candidate pairs from LSH
/// banding, kept when the estimated Jaccard similarity reaches the threshold. Each copy links to the earliest
/// article (in time, then id, order) it matches.
/// </summary>
internal sealed class NearDuplicateFinder(StoryDetectorOptions options)
{
    private readonly MinHasher hasher = new(options.MinHashCount, options.ShingleSize);

    /// <summary>For each article in order, the order index of its original, or -1; and the links.</summary>
    public (int[] OriginalOf, ImmutableArray<DuplicateLink> Links) Find(IReadOnlyList<ArticleProfile> articles)
    {
        var signatures = new ulong[]?[articles.Count];
        Parallel.For(0, articles.Count, i => signatures[i] = hasher.Signature(Shingled(articles[i])));

        var rows = options.MinHashCount / options.DuplicateBands;
        var buckets = new Dictionary<(int Band, ulong Key), List<int>>();
        var originalOf = new int[articles.Count];
        Array.Fill(originalOf, -1);
        var links = ImmutableArray.CreateBuilder<DuplicateLink>();
        var candidates = new List<int>();
        for (var i = 0; i < articles.Count; i++)
        {
            var signature = signatures[i];
            if (signature is null)
            {
                continue;
            }

            candidates.Clear();
            for (var band = 0; band < options.DuplicateBands; band++)
            {
                var key = BandKey(signature, band * rows, rows);
                if (!buckets.TryGetValue((band, key), out var bucket))
                {
                    bucket = [];
                    buckets[(band, key)] = bucket;
                }

                candidates.AddRange(bucket);
                bucket.Add(i);
            }

            candidates.Sort();
            var previous = -1;
            foreach (var candidate in candidates)
            {
                if (candidate == previous)
                {
                    continue;
                }

                previous = candidate;
                var similarity = MinHasher.EstimateJaccard(signature, signatures[candidate]!);
                if (similarity >= options.DuplicateThreshold)
                {
                    originalOf[i] = candidate;
                    links.Add(new DuplicateLink(articles[i].Id, articles[candidate].Id, similarity));
                    break;
                }
            }
        }

        return (originalOf, links.ToImmutable());
    }

    // The body only: syndicated copies keep the text but often get the outlet's own headline.
    private static string Shingled(ArticleProfile article) =>
        string.IsNullOrWhiteSpace(article.Document.Article.Text)
            ? article.Document.Article.Title ?? ""
            : article.Document.Article.Text;

    private static ulong BandKey(ulong[] signature, int start, int rows)
    {
        var key = 14695981039346656037UL;
        for (var r = 0; r < rows; r++)
        {
            key = (key ^ signature[start + r]) * 1099511628211UL;
            key ^= key >> 29;
        }

        return key;
    }
}
