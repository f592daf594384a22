using System.Collections.Immutable;
using Parallax.Comparison.Text;
using Parallax.Language.Stemming;
using StopWords = Parallax.Comparison.Text.StopWords;

namespace Parallax.Comparison.Summary;

/// <summary>
/// The concepts of Gillick and Favre's (2009) summariser (ICSISumm): adjacent pairs of Porter-stemmed, lower-cased
/// tokens of a sentence (<see cref="SelectionTokens"/>), leaving out pairs of two stop words. A concept is worth the number of the story's documents
/// that use it, and only concepts used by at least a minimum number of documents count (3 of DUC's 10 in the
/// published system): what many outlets say is what the summary should cover.
/// </summary>
internal sealed class BigramConcepts
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);

    private BigramConcepts(ImmutableArray<int> weights) => Weights = weights;

    /// <summary>The weight of each concept, by concept index.</summary>
    public ImmutableArray<int> Weights { get; }

    /// <summary>
    /// The concepts of the story documents of <paramref name="corpus"/> used by at least
    /// <paramref name="minDocuments"/> documents (or by all of them, when the story has fewer).
    /// </summary>
    public static BigramConcepts Build(StoryCorpus corpus, int minDocuments)
    {
        var documents = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var profile in corpus.Profiles)
        {
            if (corpus.IsRelated(profile))
            {
                continue;
            }

            foreach (var bigram in Of(profile))
            {
                if (!documents.TryGetValue(bigram, out var set))
                {
                    documents[bigram] = set = [];
                }

                set.Add(profile.DocumentIndex);
            }
        }

        var threshold = Math.Min(minDocuments, Math.Max(1, corpus.StoryDocumentCount));
        var kept = documents.Where(d => d.Value.Count >= threshold).OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
        var concepts = new BigramConcepts([.. kept.Select(d => d.Value.Count)]);
        foreach (var (bigram, _) in kept)
        {
            concepts.index[bigram] = concepts.index.Count;
        }

        return concepts;
    }

    /// <summary>The distinct indexes of the counted concepts in a sentence.</summary>
    public ImmutableArray<int> In(SentenceProfile profile)
    {
        var found = new SortedSet<int>();
        foreach (var bigram in Of(profile))
        {
            if (index.TryGetValue(bigram, out var i))
            {
                found.Add(i);
            }
        }

        return [.. found];
    }

    private static IEnumerable<string> Of(SentenceProfile profile)
    {
        var tokens = SelectionTokens.Of(profile);
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            var first = tokens[i];
            var second = tokens[i + 1];
            if (StopWords.Contains(first) && StopWords.Contains(second))
            {
                continue;
            }

            yield return PorterStemmer.Stem(first) + " " + PorterStemmer.Stem(second);
        }
    }
}
