namespace Parallax.Extraction.Text;

/// <summary>
/// Finds which of a fixed list of lower-case phrases occur in a text on word boundaries — the same answer as
/// <see cref="UnitAnalyzer.ContainsPhrase"/> for each phrase — in one pass over the text: a phrase that starts with a
/// letter or digit can only start where a run of letters and digits starts, and that run must be the phrase's first
/// run, so each run of the text is looked up once instead of searching the text once per phrase. Phrases that
/// start otherwise ("/reuters") are searched for as before. Immutable after construction: safe to share.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly string[] phrases;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> byFirstRun;
    private readonly int[] unanchored;

    public PhraseIndex(IReadOnlyList<string> phrases)
    {
        this.phrases = [.. phrases];
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var others = new List<int>();
        for (var i = 0; i < this.phrases.Length; i++)
        {
            var phrase = this.phrases[i];
            if (phrase.Length == 0 || !char.IsLetterOrDigit(phrase[0]))
            {
                others.Add(i);
                continue;
            }

            var run = phrase[..RunEnd(phrase, 0)];
            if (!groups.TryGetValue(run, out var list))
            {
                groups[run] = list = [];
            }

            list.Add(i);
        }

        byFirstRun = groups.ToDictionary(static pair => pair.Key, static pair => pair.Value.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        unanchored = [.. others];
    }

    /// <summary>How many phrases the index holds.</summary>
    public int Count => phrases.Length;

    /// <summary>Sets <c>found[i]</c> when phrase i occurs in <paramref name="lower"/>; leaves the others as they are.</summary>
    public void FindAll(string lower, Span<bool> found)
    {
        foreach (var index in unanchored)
        {
            found[index] |= UnitAnalyzer.ContainsPhrase(lower, phrases[index]);
        }

        var i = 0;
        while (i < lower.Length)
        {
            if (!char.IsLetterOrDigit(lower[i]))
            {
                i++;
                continue;
            }

            var end = RunEnd(lower, i);
            if (byFirstRun.TryGetValue(lower.AsSpan(i, end - i), out var candidates))
            {
                foreach (var index in candidates)
                {
                    found[index] |= MatchesAt(lower, i, phrases[index]);
                }
            }

            i = end;
        }
    }

    /// <summary>True when any phrase occurs in <paramref name="lower"/>.</summary>
    public bool Any(string lower)
    {
        Span<bool> found = phrases.Length <= 256 ? stackalloc bool[phrases.Length] : new bool[phrases.Length];
        FindAll(lower, found);
        return found.Contains(true);
    }

    // At a run start (the left boundary holds), the phrase follows and ends on a boundary.
    private static bool MatchesAt(string lower, int start, string phrase)
    {
        if (!lower.AsSpan(start).StartsWith(phrase, StringComparison.Ordinal))
        {
            return false;
        }

        var end = start + phrase.Length;
        return end == lower.Length || !char.IsLetterOrDigit(lower[end]) || !char.IsLetterOrDigit(phrase[^1]);
    }

    private static int RunEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return i;
    }
}
