using System.Collections.Immutable;
using Parallax.Comparison.QuoteVariants;
using Parallax.Core.Reports;
using Parallax.Core.Text;

namespace Parallax.Comparison.Reuse;

/// <summary>Turns the copies of one shared wording into a <see cref="SharedWording"/>: ordered by publication, with each copy's edits and the first publisher.</summary>
internal static class SharedWordingAssembly
{
    public static SharedWording Build(List<SentenceCopy> copies, bool verbatim)
    {
        // Earliest published first; articles without a date after dated ones; story order among equals.
        copies.Sort(static (a, b) =>
        {
            var ta = a.Profile.Document.Article.Published;
            var tb = b.Profile.Document.Article.Published;
            var c = (ta, tb) switch
            {
                ({ } x, { } y) => x.CompareTo(y),
                (null, { }) => 1,
                ({ }, null) => -1,
                _ => 0,
            };
            return c != 0 ? c : a.Profile.Order.CompareTo(b.Profile.Order);
        });

        var first = copies[0];
        var differences = new ImmutableArray<TextSpan>[copies.Count];
        var firstDiffers = new bool[first.Words.Length];
        for (var i = 1; i < copies.Count; i++)
        {
            var kept = new bool[copies[i].Words.Length];
            WordDiff.Match(copies[i].Words, first.Words, kept);
            differences[i] = Differences(copies[i], [.. kept.Select(k => !k)]);
            var firstKept = new bool[first.Words.Length];
            WordDiff.Match(first.Words, copies[i].Words, firstKept);
            for (var w = 0; w < firstKept.Length; w++)
            {
                firstDiffers[w] |= !firstKept[w];
            }
        }

        differences[0] = Differences(first, firstDiffers);
        var sentences = ImmutableArray.CreateBuilder<SharedSentence>(copies.Count);
        for (var i = 0; i < copies.Count; i++)
        {
            sentences.Add(new SharedSentence(copies[i].Profile.Sentence, differences[i]));
        }

        return new SharedWording(sentences.MoveToImmutable(), verbatim, Origin(copies));
    }

    /// <summary>Word spans turned into spans of the sentence's text, adjacent words merged into one span.</summary>
    private static ImmutableArray<TextSpan> Differences(SentenceCopy copy, bool[] differs)
    {
        var sentenceStart = copy.Profile.Sentence.Span.Start;
        var words = copy.Profile.Words;
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        var runStart = -1;
        var runEnd = -1;
        for (var w = 0; w <= words.Length; w++)
        {
            var different = w < words.Length && differs[w];
            if (different)
            {
                if (runStart < 0)
                {
                    runStart = words[w].Span.Start;
                }

                runEnd = words[w].Span.End;
            }
            else if (runStart >= 0)
            {
                spans.Add(new TextSpan(runStart - sentenceStart, runEnd - runStart));
                runStart = -1;
            }
        }

        return spans.ToImmutable();
    }

    private static string? Origin(List<SentenceCopy> copies)
    {
        var times = copies.Select(c => c.Profile.Document.Article.Published).ToList();
        if (times.Any(t => t is null))
        {
            return null;
        }

        var earliest = times.Min()!.Value;
        return times.Count(t => t == earliest) == 1 && copies[0].Profile.Document.Article.Published == earliest
            ? copies[0].Profile.ArticleId
            : null;
    }
}
