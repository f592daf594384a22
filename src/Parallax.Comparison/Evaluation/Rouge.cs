using System.Collections.Immutable;
using Parallax.Comparison.Text;
using Parallax.Language.Stemming;

namespace Parallax.Comparison.Evaluation;

/// <summary>
/// ROUGE-N as ROUGE-1.5.5 computes it with <c>-n 2 -m -l 100</c> and the default <c>-f A</c>: text lower-cased,
/// only the first <c>l</c> words of each summary (peer and models alike, words split on white space
/// before punctuation is removed) kept, every character other than a-z and 0-9 then a separator, stop words kept, tokens longer than three characters Porter-stemmed
/// (<see cref="PorterStemmer.StemAsRouge"/>). N-gram hits are clipped counts (the smaller of the peer's and the
/// model's count of each n-gram); with several models hits and model n-grams are summed over them, so recall =
/// Σ hits / Σ model n-grams and precision = Σ hits / (models × peer n-grams). ROUGE-1.5.5's WordNet exception list
/// for irregular forms ("went" → "go") is not applied: it is not available here.
/// </summary>
public static class Rouge
{
    /// <summary>
    /// The tokens ROUGE compares: the first <paramref name="wordLimit"/> words split on white space (ROUGE-1.5.5 cuts
    /// before it removes punctuation, so "U.S." is one word of the limit and "_" is one too), then their lower-cased
    /// alphanumeric runs, stemmed.
    /// </summary>
    public static ImmutableArray<string> Tokens(string text, int wordLimit)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ImmutableArray.CreateBuilder<string>();
        var kept = WhitespaceWords.EndOfFirst(text, wordLimit).End;
        var start = -1;
        for (var i = 0; i <= kept; i++)
        {
            var alphanumeric = i < kept && IsAsciiAlphanumeric(text[i]);
            if (alphanumeric && start < 0)
            {
                start = i;
            }
            else if (!alphanumeric && start >= 0)
            {
                tokens.Add(PorterStemmer.StemAsRouge(text[start..i].ToLowerInvariant()));
                start = -1;
            }
        }

        return tokens.ToImmutable();
    }

    /// <summary>ROUGE-<paramref name="n"/> of <paramref name="peer"/> against <paramref name="models"/>, each cut to <paramref name="wordLimit"/> words.</summary>
    public static RougeScore Score(string peer, IReadOnlyList<string> models, int n, int wordLimit)
    {
        ArgumentNullException.ThrowIfNull(peer);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var peerGrams = Grams(Tokens(peer, wordLimit), n);
        var peerTotal = peerGrams.Values.Sum();
        int hits = 0, modelTotal = 0;
        foreach (var model in models)
        {
            var modelGrams = Grams(Tokens(model, wordLimit), n);
            modelTotal += modelGrams.Values.Sum();
            foreach (var (gram, count) in modelGrams)
            {
                hits += Math.Min(count, peerGrams.GetValueOrDefault(gram));
            }
        }

        return new RougeScore(hits, modelTotal, peerTotal * models.Count);
    }

    private static Dictionary<string, int> Grams(ImmutableArray<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = tokens.ToArray();
        for (var i = 0; i + n <= words.Length; i++)
        {
            var gram = string.Join(' ', words, i, n);
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }

        return grams;
    }

    private static bool IsAsciiAlphanumeric(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';
}
