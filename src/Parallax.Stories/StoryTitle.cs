using Parallax.Language.Lexicon;
using Parallax.Stories.Clustering;
using Parallax.Stories.Features;

namespace Parallax.Stories;

/// <summary>
/// Picks a story's title: the headline of its most central title candidate (closest to the term centroid) that has
/// one, else the first sentence of its most central candidate, cut at a word boundary. The candidates are the story's
/// first <see cref="StoryCluster.TitleCandidateCount"/> members.
/// </summary>
internal static class StoryTitle
{
    public static string Choose(StoryCluster story)
    {
        StoryMember? central = null;
        StoryMember? centralWithTitle = null;
        var best = double.NegativeInfinity;
        var bestWithTitle = double.NegativeInfinity;
        foreach (var member in story.TitleCandidates)
        {
            var closeness = story.Sum.Terms.Cosine(member.TitleTerms);
            if (closeness > best)
            {
                best = closeness;
                central = member;
            }

            if (closeness > bestWithTitle && !string.IsNullOrWhiteSpace(member.Title))
            {
                bestWithTitle = closeness;
                centralWithTitle = member;
            }
        }

        if (centralWithTitle is not null)
        {
            return centralWithTitle.Title!.Trim();
        }

        return central!.FirstSentence;
    }

    /// <summary>
    /// True when the period at <paramref name="dot"/> closes an abbreviation rather than a sentence: a single letter
    /// ("U.S.", "J.") or a word the sentence splitter knows as one ("Gen.", and "Inc." before a lower-case word).
    /// </summary>
    private static bool EndsAbbreviation(ReadOnlySpan<char> text, int dot)
    {
        if (text[dot] != '.' || dot < 1)
        {
            return false;
        }

        if (char.IsUpper(text[dot - 1]) && (dot < 2 || !char.IsLetter(text[dot - 2])))
        {
            return true;
        }

        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var next = dot + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return start < dot && !AbbreviationPeriod.CanEndSentence(text[start..dot], next < text.Length && char.IsUpper(text[next]));
    }

    /// <summary>The text up to the first sentence end (., ! or ? before white space), cut to <paramref name="maxLength"/>.</summary>
    public static string FirstSentence(string text, int maxLength)
    {
        var trimmed = text.AsSpan().Trim();
        var end = trimmed.Length;
        for (var i = 0; i < trimmed.Length - 1; i++)
        {
            if (trimmed[i] is '.' or '!' or '?' && char.IsWhiteSpace(trimmed[i + 1]) && !EndsAbbreviation(trimmed, i))
            {
                end = i + 1;
                break;
            }

            if (trimmed[i] == '\n')
            {
                end = i;
                break;
            }
        }

        var sentence = trimmed[..end].Trim();
        if (sentence.Length <= maxLength)
        {
            return sentence.ToString();
        }

        var cut = sentence[..maxLength].LastIndexOf(' ');
        return string.Concat(sentence[..(cut > 0 ? cut : maxLength)].TrimEnd(), "\u2026");
    }
}
