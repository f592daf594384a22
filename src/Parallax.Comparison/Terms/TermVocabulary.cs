namespace Parallax.Comparison.Terms;

/// <summary>Term counts of one outlet or of a whole story, for one kind of term (single words or word pairs).</summary>
internal sealed class TermVocabulary
{
    public Dictionary<string, TermTally> Terms { get; } = new(StringComparer.Ordinal);

    /// <summary>All term occurrences counted (<c>n</c> in the log-odds formula).</summary>
    public int Total { get; private set; }

    public void Add(string key, string form, bool inQuote, int document, int sentence)
    {
        if (!Terms.TryGetValue(key, out var tally))
        {
            tally = new TermTally();
            Terms[key] = tally;
        }

        tally.Add(form, inQuote, document, sentence);
        Total++;
    }
}
