namespace Parallax.Comparison.Terms;

/// <summary>One outlet's uses of one term: how often, how often outside quotes, in which forms and sentences.</summary>
internal sealed class TermTally
{
    private readonly Dictionary<string, int> forms = new(StringComparer.Ordinal);
    private readonly List<(int Document, int Sentence)> sentences = [];

    public int Count { get; private set; }

    /// <summary>Uses in the reporter's own voice: outside direct and partial quotes.</summary>
    public int OwnVoiceCount { get; private set; }

    /// <summary>The distinct sentences it occurs in, in story order.</summary>
    public IReadOnlyList<(int Document, int Sentence)> Sentences => sentences;

    public void Add(string form, bool inQuote, int document, int sentence)
    {
        Count++;
        if (!inQuote)
        {
            OwnVoiceCount++;
        }

        forms[form] = forms.GetValueOrDefault(form) + 1;

        // Occurrences arrive in story order, so a repeat of a sentence is always the last one recorded.
        if (sentences.Count == 0 || sentences[^1] != (document, sentence))
        {
            sentences.Add((document, sentence));
        }
    }

    /// <summary>The form written most often; ties go to the ordinally smallest so the choice is stable.</summary>
    public string MostFrequentForm()
    {
        string? best = null;
        var bestCount = 0;
        foreach (var (form, count) in forms)
        {
            if (count > bestCount || (count == bestCount && string.CompareOrdinal(form, best) < 0))
            {
                best = form;
                bestCount = count;
            }
        }

        return best ?? "";
    }
}
