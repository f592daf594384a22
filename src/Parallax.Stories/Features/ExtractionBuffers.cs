namespace Parallax.Stories.Features;

/// <summary>
/// The working collections of feature extraction, one set per thread and reused from article to article: built
/// afresh per article they were most of what extraction allocated, and the collections that followed held up every
/// thread of the parallel step.
/// </summary>
internal sealed class ExtractionBuffers
{
    [ThreadStatic]
    private static ExtractionBuffers? current;

    /// <summary>The calling thread's buffers.</summary>
    public static ExtractionBuffers ForThisThread() => current ??= new ExtractionBuffers();

    /// <summary>The words of the article's text.</summary>
    public TextWords Words { get; } = new();

    /// <summary>The term counts being gathered.</summary>
    public Dictionary<string, double> Terms { get; } = new(StringComparer.Ordinal);

    /// <summary>The term counts being gathered by term number, when the terms are numbered as they are counted.</summary>
    public Dictionary<int, double> TermIds { get; } = [];

    /// <summary>The name counts being gathered.</summary>
    public Dictionary<string, double> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>The calendar-anchor counts being gathered.</summary>
    public Dictionary<string, double> Anchors { get; } = new(StringComparer.Ordinal);

    /// <summary>Name candidates in text order: key, whether it opens a sentence, whether it is in the lead.</summary>
    public List<(string Key, bool SentenceStart, bool Lead)> NameCandidates { get; } = [];

    /// <summary>Name keys seen capitalised inside a sentence.</summary>
    public HashSet<string> MidSentenceNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Per word of <see cref="Words"/>: whether its paragraph is set in title case.</summary>
    public bool[] TitleCase { get; set; } = new bool[512];

    /// <summary>Forgets the counts of the article before.</summary>
    public void ClearCounts()
    {
        Terms.Clear();
        TermIds.Clear();
        Names.Clear();
        Anchors.Clear();
    }
}
