using System.Collections.Immutable;
using System.Globalization;
using Parallax.Core.Annotations;

namespace Parallax.Comparison.Text;

/// <summary>
/// The sentences of a story (and optionally of its related documents) with IDF weights over them, and the
/// sentence similarity every comparison analyzer shares: a soft cosine over IDF-weighted content stems,
/// named tokens (weighted up) and numbers, where spelling variants match through character trigrams.
/// </summary>
internal sealed class StoryCorpus
{
    private const double NamedBoost = 1.5;
    private const double NumberBoost = 1.5;

    private readonly ImmutableArray<Dictionary<string, double>> vectors;
    private readonly ImmutableArray<double> norms;
    private readonly Dictionary<string, List<int>> postings = new(StringComparer.Ordinal);
    private readonly (Dictionary<string, double> Total, Dictionary<string, double>[] PerDocument, int[] Counts) centroids;
    private readonly int profilesWithTerms;

    private StoryCorpus(ImmutableArray<SentenceProfile> profiles, int storyDocumentCount)
    {
        Profiles = profiles;
        StoryDocumentCount = storyDocumentCount;
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>[profiles.Length];
        for (var i = 0; i < profiles.Length; i++)
        {
            terms[i] = TermsOf(profiles[i]);
            foreach (var term in terms[i])
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        var n = profiles.Length;
        var vectorBuilder = ImmutableArray.CreateBuilder<Dictionary<string, double>>(n);
        var normBuilder = ImmutableArray.CreateBuilder<double>(n);
        for (var i = 0; i < n; i++)
        {
            var vector = new Dictionary<string, double>(StringComparer.Ordinal);
            var named = profiles[i].Named;
            double sum = 0;
            foreach (var term in terms[i])
            {
                var weight = Math.Log((n + 1.0) / (documentFrequency[term] + 1.0)) + 1.0;
                if (term[0] == '#')
                {
                    weight *= NumberBoost;
                }
                else if (named.Contains(term))
                {
                    weight *= NamedBoost;
                }

                vector[term] = weight;
                sum += weight * weight;
            }

            vectorBuilder.Add(vector);
            normBuilder.Add(Math.Sqrt(sum));
            foreach (var term in terms[i])
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add(i);
            }
        }

        vectors = vectorBuilder.MoveToImmutable();
        norms = normBuilder.MoveToImmutable();
        centroids = BuildCentroids();
        foreach (var count in centroids.Counts)
        {
            profilesWithTerms += count;
        }
    }

    /// <summary>Every sentence: the story's documents first (in story order), then the related documents.</summary>
    public ImmutableArray<SentenceProfile> Profiles { get; }

    /// <summary>How many of the corpus documents belong to the story itself.</summary>
    public int StoryDocumentCount { get; }

    /// <summary>True when the profile comes from a related document rather than the story.</summary>
    public bool IsRelated(SentenceProfile profile) => profile.DocumentIndex >= StoryDocumentCount;

    /// <summary>Builds the corpus of <paramref name="documents"/> followed by <paramref name="related"/>.</summary>
    public static StoryCorpus Build(IReadOnlyList<Document> documents, IReadOnlyList<Document>? related = null)
    {
        var profiles = ImmutableArray.CreateBuilder<SentenceProfile>();
        var index = 0;
        foreach (var document in documents.Concat(related ?? []))
        {
            profiles.AddRange(SentenceProfiler.Profile(document, index++, profiles.Count));
        }

        return new StoryCorpus(profiles.ToImmutable(), documents.Count);
    }

    /// <summary>
    /// Pairs (a &lt; b) of the selected sentences that share at least <paramref name="minShared"/> exact terms,
    /// found through an inverted index so that a large story does not compare every pair. Terms used by more
    /// than one sentence in four are too common to select candidates and are skipped.
    /// </summary>
    public List<(int A, int B)> CandidatePairs(IReadOnlyList<int> selected, int minShared)
    {
        var include = new HashSet<int>(selected);
        var maxPosting = Math.Max(8, Profiles.Length / 4);
        var pairs = new List<(int, int)>();
        var counts = new Dictionary<int, int>();
        foreach (var a in selected)
        {
            counts.Clear();
            foreach (var term in vectors[a].Keys)
            {
                var list = postings[term];
                if (list.Count > maxPosting)
                {
                    continue;
                }

                foreach (var b in list)
                {
                    if (b > a && include.Contains(b))
                    {
                        counts[b] = counts.GetValueOrDefault(b) + 1;
                    }
                }
            }

            foreach (var (b, count) in counts)
            {
                if (count >= minShared)
                {
                    pairs.Add((a, b));
                }
            }
        }

        pairs.Sort();
        return pairs;
    }

    /// <summary>
    /// How central a sentence is to the story: the cosine of its vector with the sum of the unit vectors of every
    /// sentence of the other documents, divided by their number (exact terms only; linear in the corpus).
    /// </summary>
    public double Centrality(int index)
    {
        var (total, perDocument, counts) = centroids;
        var profile = Profiles[index];
        var others = profilesWithTerms - counts[profile.DocumentIndex];
        if (others == 0 || norms[index] == 0)
        {
            return 0;
        }

        double dot = 0;
        var own = perDocument[profile.DocumentIndex];
        foreach (var (term, weight) in vectors[index])
        {
            dot += weight * (total.GetValueOrDefault(term) - own.GetValueOrDefault(term));
        }

        return dot / norms[index] / others;
    }

    private (Dictionary<string, double>, Dictionary<string, double>[], int[]) BuildCentroids()
    {
        var documents = Profiles.Length == 0 ? 0 : Profiles[^1].DocumentIndex + 1;
        var total = new Dictionary<string, double>(StringComparer.Ordinal);
        var perDocument = new Dictionary<string, double>[documents];
        var counts = new int[documents];
        for (var d = 0; d < documents; d++)
        {
            perDocument[d] = new Dictionary<string, double>(StringComparer.Ordinal);
        }

        for (var i = 0; i < Profiles.Length; i++)
        {
            if (norms[i] == 0)
            {
                continue;
            }

            var d = Profiles[i].DocumentIndex;
            counts[d]++;
            foreach (var (term, weight) in vectors[i])
            {
                var unit = weight / norms[i];
                total[term] = total.GetValueOrDefault(term) + unit;
                perDocument[d][term] = perDocument[d].GetValueOrDefault(term) + unit;
            }
        }

        return (total, perDocument, counts);
    }

    /// <summary>The IDF-weighted soft cosine similarity of two corpus sentences (0..1), symmetric.</summary>
    public double Similarity(int a, int b) => Compare(a, b).Similarity;

    /// <summary>
    /// The similarity, the shared terms (stems, folded synonyms, numbers, spelling variants), and how many of those
    /// are names in neither sentence (content words and numbers: what the two say about the people they name, rather
    /// than whom they name), in one comparison.
    /// </summary>
    public (double Similarity, int Shared, int SharedContent) Compare(int a, int b)
    {
        if (a == b)
        {
            return (1, vectors[a].Count, vectors[a].Count - Profiles[a].Named.Length);
        }

        // Always measure from the earlier sentence so the fuzzy matching is symmetric and deterministic.
        if (a > b)
        {
            (a, b) = (b, a);
        }

        var va = vectors[a];
        var vb = vectors[b];
        if (norms[a] == 0 || norms[b] == 0)
        {
            return (0, 0, 0);
        }

        var namedA = Profiles[a].Named;
        var namedB = Profiles[b].Named;
        double dot = 0;
        var shared = 0;
        var sharedContent = 0;
        foreach (var (term, wa) in va)
        {
            if (vb.TryGetValue(term, out var wb))
            {
                dot += wa * wb;
                shared++;
                sharedContent += namedA.Contains(term) || namedB.Contains(term) ? 0 : 1;
                continue;
            }

            if (term[0] == '#')
            {
                continue;
            }

            double best = 0;
            double bestWeight = 0;
            string? bestOther = null;
            foreach (var (other, wo) in vb)
            {
                if (TrigramSimilarity.AreCandidates(term, other))
                {
                    var sim = TrigramSimilarity.Dice(term, other);
                    if (sim >= TrigramSimilarity.VariantThreshold && sim > best)
                    {
                        best = sim;
                        bestWeight = wo;
                        bestOther = other;
                    }
                }
            }

            dot += wa * bestWeight * best;
            if (bestOther is not null)
            {
                shared++;
                sharedContent += namedA.Contains(term) || namedB.Contains(bestOther) ? 0 : 1;
            }
        }

        return (Math.Min(1, dot / (norms[a] * norms[b])), shared, sharedContent);
    }

    private static List<string> TermsOf(SentenceProfile profile)
    {
        var terms = new List<string>(profile.Stems.Length + profile.Quantities.Length);
        foreach (var stem in profile.Stems)
        {
            var folded = NewsSynonyms.Fold(stem);
            if (!char.IsAsciiDigit(stem[0]) && !terms.Contains(folded))
            {
                terms.Add(folded);
            }
        }

        foreach (var quantity in profile.Quantities)
        {
            var term = "#" + quantity.Value.ToString("R", CultureInfo.InvariantCulture);
            if (!terms.Contains(term))
            {
                terms.Add(term);
            }
        }

        return terms;
    }
}
