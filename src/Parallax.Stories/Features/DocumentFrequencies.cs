namespace Parallax.Stories.Features;

/// <summary>
/// Document frequencies of terms, names and calendar anchors, and the number of documents counted: the IDF
/// statistics. In a stream they grow with every article, so each article is weighted with what had been seen up to
/// and including it, on top of a fixed <see cref="Background"/> counted before the stream started.
/// </summary>
internal sealed class DocumentFrequencies
{
    public DocumentFrequencies(BackgroundFrequencies background) => Reset(background);

    /// <summary>The counts the stream started from; their keys are counted apart from the stream's.</summary>
    public BackgroundFrequencies Background { get; private set; } = null!;

    /// <summary>The stream's terms, numbered, with their documents.</summary>
    public KeyTable Terms { get; private set; } = null!;

    /// <summary>
    /// Words as written with the number of their term in <see cref="Terms"/> (-1: no term): with it, a word of a
    /// known form costs one look-up, not one for its term and another for the term's number.
    /// </summary>
    private WordMemo<int> termOfWord = null!;

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
    public int TermId(ReadOnlySpan<char> word)
    {
        if (!TermNormalizer.MayBeTerm(word))
        {
            return -1;
        }

        // Keyed by the memo, which is made afresh with the term table when the frequencies are loaded.
        var recent = RecentWords.ForThisThread(termOfWord);
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

    /// <summary>Counts one document's keys, numbered by <see cref="Number"/>.</summary>
    public void Add(NumberedFeatures features)
    {
        Count++;
        Increment(Terms, features.Terms);
        Increment(Names, features.Names);
        Increment(Anchors, features.Anchors);
    }

    /// <summary>Numbers and counts one document's keys.</summary>
    public NumberedFeatures Add(RawFeatures features)
    {
        var numbered = Number(features);
        Add(numbered);
        return numbered;
    }

    public void Save(Persistence.StreamStateWriter writer)
    {
        writer.Write(Background.DocumentCount);
        writer.Write(Background.Terms);
        writer.Write(Background.Names);
        writer.Write(Background.Anchors);
        writer.Write(Count);
        writer.Write(Terms);
        writer.Write(Names);
        writer.Write(Anchors);
    }

    /// <summary>Puts back what <see cref="Save"/> saved, into frequencies that have counted nothing yet.</summary>
    public void Load(Persistence.StreamStateReader reader)
    {
        var backgroundCount = reader.ReadInt32();
        var backgroundTerms = reader.ReadHashedCounts();
        var backgroundNames = reader.ReadHashedCounts();
        var backgroundAnchors = reader.ReadHashedCounts();
        Reset(BackgroundFrequencies.Of(backgroundCount, backgroundTerms, backgroundNames, backgroundAnchors));
        Count = reader.ReadInt32();
        reader.ReadInto(Terms);
        reader.ReadInto(Names);
        reader.ReadInto(Anchors);
    }

    private void Reset(BackgroundFrequencies background)
    {
        Background = background;
        Terms = new KeyTable(background.Terms);
        termOfWord = new WordMemo<int>(TermNormalizer.MaxRememberedWords);
        Names = new KeyTable(background.Names);
        Anchors = new KeyTable(background.Anchors);
        Count = 0;
    }

    private static void Increment(KeyTable table, NumberedCounts counts)
    {
        foreach (var id in counts.Ids)
        {
            table.CountDocument(id);
        }
    }
}
