namespace Parallax.Stories.Features;

/// <summary>
/// Document frequencies of terms, names and calendar anchors, and the number of documents counted: the IDF
/// statistics. In a stream they grow with every article, so each article is weighted with what had been seen up to
/// and including it, on top of a fixed <see cref="Background"/> counted before the stream started. A key not counted
/// for longer than the horizon is forgotten (see <see cref="KeyTable"/>), so the vocabulary follows the news of the
/// horizon, not of the whole stream.
/// </summary>
internal sealed class DocumentFrequencies
{
    private readonly long horizonTicks;

    /// <summary>Creates empty counts on top of <paramref name="background"/> that forget keys not seen for longer than <paramref name="horizon"/> (null: never).</summary>
    public DocumentFrequencies(BackgroundFrequencies background, TimeSpan? horizon = null)
    {
        horizonTicks = horizon?.Ticks ?? long.MaxValue;
        Reset(background);
    }

    /// <summary>The counts the stream started from; their keys are counted apart from the stream's.</summary>
    public BackgroundFrequencies Background { get; private set; } = null!;

    /// <summary>The stream's terms, numbered, with their documents.</summary>
    public KeyTable Terms { get; private set; } = null!;

    /// <summary>
    /// Words as written with the number of their term in <see cref="Terms"/> (-1: no term): with it, a word of a
    /// known form costs one look-up, not one for its term and another for the term's number.
    /// </summary>
    private WordMemo<int> termOfWord = null!;

    /// <summary>Keys numbered now, of all kinds: what the tables hold.</summary>
    public int LiveKeyCount => Terms.LiveCount + Names.LiveCount + Anchors.LiveCount;

    /// <summary>The stream's name keys, numbered, with their documents.</summary>
    public KeyTable Names { get; private set; } = null!;

    /// <summary>The stream's anchors, numbered, with their documents.</summary>
    public KeyTable Anchors { get; private set; } = null!;

    /// <summary>Documents of the stream counted.</summary>
    public int Count { get; set; }

    /// <summary>Documents counted, the background's included: the N of IDF.</summary>
    public int TotalCount => Count + Background.DocumentCount;

    /// <summary>
    /// The number in <see cref="Terms"/> of the term of <paramref name="word"/> (see <see cref="TermNormalizer"/>),
    /// numbering it when new; -1 when the word gives no term. Thread-safe, as <see cref="KeyTable.IdOf"/> is.
    /// </summary>
    public int TermId(ReadOnlySpan<char> word) => TermId(word, RecentTermIds());

    /// <summary>
    /// The calling thread's cache of term numbers for this stream: fetched once for an article's words rather than
    /// once per word (<see cref="TermId(ReadOnlySpan{char}, RecentWords{int})"/>).
    /// </summary>
    /// <remarks>
    /// Keyed by the memo's generation, which changes when the memo is made afresh with the term table (loading the
    /// frequencies) and when it drops words whose numbers were released; both happen between batches only.
    /// </remarks>
    public RecentWords<int> RecentTermIds() => RecentWords<int>.ForThisThread(termOfWord.Generation);

    /// <summary><see cref="TermId(ReadOnlySpan{char})"/> through <paramref name="recent"/>, this thread's <see cref="RecentTermIds"/>.</summary>
    public int TermId(ReadOnlySpan<char> word, RecentWords<int> recent)
    {
        if (!TermNormalizer.MayBeTerm(word))
        {
            return -1;
        }

        if (recent.TryGet(word, out var id, out var slot))
        {
            return id;
        }

        if (termOfWord.TryGet(word, out var known, out id))
        {
            recent.Remember(known, id, slot);
            return id;
        }

        var term = TermNormalizer.ToTerm(word);
        id = term is null ? -1 : Terms.IdOf(term);
        termOfWord.Remember(word, id);
        return id;
    }

    /// <summary>Numbers one document's keys without counting them. Thread-safe, but not while counting.</summary>
    public NumberedFeatures Number(RawFeatures features) => new(
        NumberedCounts.Of(features.Terms, Terms), NumberedCounts.Of(features.Names, Names), NumberedCounts.Of(features.Anchors, Anchors));

    /// <summary>
    /// Counts one document's keys, numbered by <see cref="Number"/>, seen at <paramref name="seen"/> (UTC ticks of the
    /// stream's clock, or <see cref="KeyTable.Undated"/>).
    /// </summary>
    public void Add(NumberedFeatures features, long seen = KeyTable.Undated)
    {
        Count++;
        Increment(Terms, features.Terms, seen);
        Increment(Names, features.Names, seen);
        Increment(Anchors, features.Anchors, seen);
    }

    /// <summary>
    /// Releases the numbers of keys forgotten at <paramref name="now"/> that nothing holds (<see cref="KeyTable.Hold"/>)
    /// and drops the remembered words whose terms they numbered. Between batches only.
    /// </summary>
    public void ReleaseForgotten(long now)
    {
        var releasedTerms = Terms.ReleaseForgotten(now);
        Names.ReleaseForgotten(now);
        Anchors.ReleaseForgotten(now);
        if (Array.IndexOf(releasedTerms, true) >= 0)
        {
            termOfWord.Forget(id => id >= 0 && id < releasedTerms.Length && releasedTerms[id]);
        }
    }

    /// <summary>Numbers and counts one document's keys.</summary>
    public NumberedFeatures Add(RawFeatures features)
    {
        var numbered = Number(features);
        Add(numbered);
        return numbered;
    }

    /// <summary>Writes the background and the stream's counts not forgotten at <paramref name="now"/>.</summary>
    public void Save(Persistence.StreamStateWriter writer, long now)
    {
        writer.Write(Background.DocumentCount);
        writer.Write(Background.Terms);
        writer.Write(Background.Names);
        writer.Write(Background.Anchors);
        writer.Write(Count);
        writer.Write(Terms, now);
        writer.Write(Names, now);
        writer.Write(Anchors, now);
    }

    /// <summary>
    /// Puts back what <see cref="Save"/> saved, into frequencies that have counted nothing yet; keys of a state that
    /// kept no times (version 4) count as seen at <paramref name="savedAt"/>, the clock it was saved at.
    /// </summary>
    public void Load(Persistence.StreamStateReader reader, long savedAt)
    {
        var backgroundCount = reader.ReadInt32();
        var backgroundTerms = reader.ReadHashedCounts();
        var backgroundNames = reader.ReadHashedCounts();
        var backgroundAnchors = reader.ReadHashedCounts();
        Reset(BackgroundFrequencies.Of(backgroundCount, backgroundTerms, backgroundNames, backgroundAnchors));
        Count = reader.ReadInt32();
        reader.ReadInto(Terms, savedAt);
        reader.ReadInto(Names, savedAt);
        reader.ReadInto(Anchors, savedAt);
    }

    private void Reset(BackgroundFrequencies background)
    {
        Background = background;
        Terms = new KeyTable(background.Terms, horizonTicks);
        termOfWord = new WordMemo<int>(TermNormalizer.MaxRememberedWords);
        Names = new KeyTable(background.Names, horizonTicks);
        Anchors = new KeyTable(background.Anchors, horizonTicks);
        Count = 0;
    }

    private static void Increment(KeyTable table, NumberedCounts counts, long seen)
    {
        foreach (var id in counts.Ids)
        {
            table.CountDocument(id, seen);
        }
    }
}
