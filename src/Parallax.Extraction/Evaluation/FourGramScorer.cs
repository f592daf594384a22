using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.Evaluation;

/// <summary>
/// Scores an extractor against true article bodies by word 4-grams: words are the <c>\w+</c> runs of the
/// lower-cased text, each text is the multiset of its consecutive 4-word sequences, and the overlap of the
/// extracted and the true multiset (the smaller count of each 4-gram) gives per-page precision (overlap / extracted)
/// and recall (overlap / true). Both are averaged over pages, so long pages weigh no more than short ones, and F1 is
/// taken of the two averages. A page whose truth has fewer than four words is skipped; an extraction with fewer than
/// four words scores 0 on both. Stateless and thread-safe.
/// </summary>
public static partial class FourGramScorer
{
    private const int N = 4;

    /// <summary>Scores <paramref name="extract"/> (HTML in, main text out) over every page of the data set.</summary>
    public static FourGramScore Score(FourGramDataset dataset, Func<string, string> extract)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(extract);
        double precision = 0, recall = 0;
        var scored = 0;
        var skipped = ImmutableArray.CreateBuilder<SkippedPage>();
        var failures = ImmutableArray.CreateBuilder<SkippedPage>();
        foreach (var page in dataset.Pages)
        {
            var truth = Grams(page.ArticleBody);
            if (truth.Count == 0)
            {
                skipped.Add(new SkippedPage(page.Id, "ground truth has fewer than four words"));
                continue;
            }

            var read = dataset.ReadPage(page);
            if (read.Html is null)
            {
                skipped.Add(new SkippedPage(page.Id, read.Problem ?? "unreadable"));
                continue;
            }

            string text;
            try
            {
                text = extract(read.Html);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures.Add(new SkippedPage(page.Id, $"{e.GetType().Name}: {e.Message}"));
                text = "";
            }

            var (p, r) = Compare(Grams(text), truth);
            precision += p;
            recall += r;
            scored++;
        }

        return scored == 0
            ? new FourGramScore(0, 0, 0, skipped.ToImmutable(), failures.ToImmutable())
            : new FourGramScore(scored, precision / scored, recall / scored, skipped.ToImmutable(), failures.ToImmutable());
    }

    /// <summary>Per-page 4-gram precision and recall of <paramref name="extracted"/> against <paramref name="truth"/>.</summary>
    public static (double Precision, double Recall) ScorePage(string extracted, string truth)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(truth);
        return Compare(Grams(extracted), Grams(truth));
    }

    private static (double Precision, double Recall) Compare(Dictionary<string, int> extracted, Dictionary<string, int> truth)
    {
        var extractedTotal = extracted.Values.Sum();
        var truthTotal = truth.Values.Sum();
        if (extractedTotal == 0 || truthTotal == 0)
        {
            return (0, 0);
        }

        var overlap = 0;
        foreach (var (gram, count) in extracted)
        {
            if (truth.TryGetValue(gram, out var other))
            {
                overlap += Math.Min(count, other);
            }
        }

        return ((double)overlap / extractedTotal, (double)overlap / truthTotal);
    }

    // 4-grams as their words joined by a space: \w+ runs hold no space, so distinct 4-grams stay distinct keys.
    private static Dictionary<string, int> Grams(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + N <= words.Length; i++)
        {
            var key = string.Join(' ', words, i, N);
            grams[key] = grams.GetValueOrDefault(key) + 1;
        }

        return grams;
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
