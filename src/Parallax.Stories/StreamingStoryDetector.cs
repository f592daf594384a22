using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Stories;
using Parallax.Stories.Clustering;
using Parallax.Stories.Duplicates;
using Parallax.Stories.Features;
using Parallax.Stories.Persistence;
using Parallax.Stories.Storylines;

namespace Parallax.Stories;

/// <summary>
/// Streaming story detection: articles arrive in time order and each joins an open story or starts one, with no
/// re-clustering. Only stories whose last article lies within <see cref="StoryDetectorOptions.StoryWindow"/> of the
/// stream's clock are open (in the candidate index and in memory); older ones are closed, committed to a storyline,
/// reported once more and forgotten, so the cost of an article does not grow with the length of the stream.
/// </summary>
/// <remarks>
/// IDF is incremental: document frequencies count every article up to and including the one being weighted, and an
/// article's vectors keep the weights of its arrival. A key (term, name, anchor) no article has had for longer than
/// the <see cref="StoryDetectorOptions.StorylineWindow"/> is forgotten: met again, it is counted from zero, as a new
/// key is, and its number and memo entries are released between batches unless an open story or a storyline in the
/// window holds it; so the vocabulary, and with it memory and the cost of an article, follow the windows too.
/// Near-duplicates come from LSH buckets over the last <see cref="StoryDetectorOptions.DuplicateWindow"/>.
/// Not thread-safe: one writer feeds a stream.
/// </remarks>
public sealed class StreamingStoryDetector
{
    private readonly StoryDetectorOptions options;
    private readonly FeatureExtractor extractor;
    private readonly MinHasher hasher;
    private readonly DocumentFrequencies frequencies;
    private readonly Dictionary<int, StoryCluster> open = [];
    private readonly CandidateIndex index = new();
    private readonly PriorityQueue<int, long> expiry = new();
    private readonly NearDuplicateWindow duplicates;
    private readonly StorylineLinker storylines;
    private readonly List<(StoryCluster Story, string Title, string Storyline)> closedUnreported = [];
    private readonly List<DuplicateLink> newLinks = [];
    private readonly TailNorms termTails = new();
    private const string StateMagic = "parallax-story-stream/7";

    // Version 6 kept the ids of every story of a storyline, and of every story last reported in it, and every member of
    // an open story with its lead weekday; it is read keeping their counts, the first story, the stories reported
    // tentatively and the members not reported.
    private const string VersionSixMagic = "parallax-story-stream/6";

    // Version 5 kept every story of a storyline with its size and title; it is read keeping the title of the one that
    // names the storyline.
    private const string VersionFiveMagic = "parallax-story-stream/5";

    // Version 4 kept no time with a key's count; it is read with every key last seen at the clock it was saved at.
    private const string VersionFourMagic = "parallax-story-stream/4";

    /// <summary>
    /// How far the clock moves between two releases of forgotten keys: the release scans the key tables and the keys
    /// that open stories and storylines hold, so it runs at most once a day of the stream. What is counted does not
    /// depend on it (a forgotten key is counted afresh whether or not its number was released), only how long a
    /// forgotten key's slot stays in memory.
    /// </summary>
    private static readonly TimeSpan ReleaseInterval = TimeSpan.FromDays(1);

    private long articleCount;
    private int storyCount;
    private DateTimeOffset? clock;
    private long lastRelease = KeyTable.Undated;

    /// <summary>Creates an empty stream with the given options, or the defaults.</summary>
    public StreamingStoryDetector(StoryDetectorOptions? options = null)
        : this(options, null)
    {
    }

    /// <summary>An empty stream whose IDF starts from <paramref name="background"/> (null: as the options say).</summary>
    internal StreamingStoryDetector(StoryDetectorOptions? options, BackgroundFrequencies? background)
    {
        this.options = options ?? StoryDetectorOptions.Default;
        this.options.Validate();
        extractor = new FeatureExtractor(this.options);
        frequencies = new DocumentFrequencies(
            background ?? (this.options.UseBackgroundFrequencies ? BackgroundFrequencies.Default : BackgroundFrequencies.Empty),
            this.options.StorylineWindow);
        hasher = new MinHasher(this.options.MinHashCount, this.options.ShingleSize);
        duplicates = new NearDuplicateWindow(this.options);
        storylines = new StorylineLinker(this.options);
    }

    /// <summary>The options in use.</summary>
    public StoryDetectorOptions Options => options;

    /// <summary>Articles taken in so far.</summary>
    public long ArticleCount => articleCount;

    /// <summary>Stories started so far.</summary>
    public int StoryCount => storyCount;

    /// <summary>The document frequencies the stream's IDF started from.</summary>
    internal BackgroundFrequencies Background => frequencies.Background;

    /// <summary>Stories open now: those within the story window of the clock, and undated ones.</summary>
    public int OpenStoryCount => open.Count;

    /// <summary>
    /// Keys (terms, names, anchors) the stream holds now: those seen within the storyline window, those open stories
    /// and storylines hold, and forgotten ones whose numbers were not released yet (they are released at most a day
    /// of the stream later).
    /// </summary>
    public int KeyCount => frequencies.LiveKeyCount;

    /// <summary>
    /// Takes in a batch: distinct documents by id, ordered by (time, id) where time is the publication date, else
    /// <paramref name="arrival"/>; undated ones after dated ones. Each joins the most similar open story within the
    /// window (a near-duplicate copy its original's, while that is open) or starts a story. Features are computed in
    /// parallel, a chunk at a time ahead of the clustering, which is sequential and overlaps them. The stream does not
    /// remember ids across batches: give each article once (the store passes only the articles it newly added).
    /// </summary>
    public void Add(IReadOnlyList<Document> documents, DateTimeOffset? arrival = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var ordered = InTimeOrder(documents, arrival);
        OrderedPipeline.Run(ordered, item => Prepare(item.Document, item.Time), Take, PipelineChunkSize, Environment.ProcessorCount);
        ReleaseForgottenKeys();
    }

    /// <summary>
    /// How many articles the parallel step prepares per chunk ahead of the sequential step, which starts on a chunk
    /// as soon as it is ready. The grouping does not depend on it (tested): a chunk as large as the batch prepares
    /// everything (on one thread) before clustering anything.
    /// </summary>
    internal int PipelineChunkSize { get; init; } = 64;

    /// <summary>
    /// The stories and storylines that changed since the last call (the first call: all of them), and the new
    /// near-duplicate links. Open stories get their tentative storyline: the one they would join if they closed now.
    /// </summary>
    public StoryGroupingChange TakeChanges()
    {
        var openStories = open.Values.OrderBy(static s => s.Index).ToList();
        var titles = new Dictionary<int, string>(openStories.Count);
        foreach (var story in openStories)
        {
            titles[story.Index] = story.ReportedMembers == story.MemberCount && story.ReportedTitle is not null
                ? story.ReportedTitle
                : StoryTitle.Choose(story);
        }

        var (storylineOf, changedLines, removedLines) = storylines.TakeChanges(openStories, titles);
        var changed = new List<(int Index, Story Story)>();
        foreach (var (story, title, storyline) in closedUnreported)
        {
            changed.Add((story.Index, ToStory(story, title, storyline)));
        }

        foreach (var story in openStories)
        {
            var title = titles[story.Index];
            var storyline = storylineOf[story.Index];
            if (story.ReportedMembers != story.MemberCount || story.ReportedTitle != title || story.ReportedStoryline != storyline)
            {
                changed.Add((story.Index, ToStory(story, title, storyline)));
                story.ReportedMembers = story.MemberCount;
                story.ReportedTitle = title;
                story.ReportedStoryline = storyline;
            }
        }

        changed.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        var links = newLinks.ToImmutableArray();
        closedUnreported.Clear();
        newLinks.Clear();
        return new StoryGroupingChange([.. changed.Select(static c => c.Story)], [.. changedLines], [.. removedLines], links);
    }

    /// <summary>
    /// The detector's state (document frequencies, open stories with their sums and slim members, the near-duplicate
    /// window, the storylines in their window and what was last reported) as bytes, for
    /// <see cref="Restore(byte[], StoryDetectorOptions?)"/>. Closed stories are not in it: they were reported and are final.
    /// </summary>
    /// <exception cref="InvalidOperationException">Changes are pending: call <see cref="TakeChanges"/> first.</exception>
    public byte[] SaveState()
    {
        if (closedUnreported.Count > 0 || newLinks.Count > 0)
        {
            throw new InvalidOperationException("Take the pending changes before saving the state.");
        }

        using var buffer = new MemoryStream();
        using (var writer = new StreamStateWriter(buffer) { Frequencies = frequencies })
        {
            writer.Write(StateMagic);
            StreamStateOptions.Write(writer, options);
            writer.Write(articleCount);
            writer.Write(storyCount);
            writer.Write(clock);
            frequencies.Save(writer, Stamp);
            writer.Write(open.Count);
            foreach (var story in open.Values.OrderBy(static s => s.Index))
            {
                writer.Write(story.Index);
                writer.Write(story.Id);
                writer.Write(story.ReportedMembers);
                writer.WriteNullable(story.ReportedTitle);
                writer.WriteNullable(story.ReportedStoryline);
                writer.WriteTerms(story.IndexedTerms);
                writer.Write(story.Sum);
                writer.Write(story.MemberCount);
                foreach (var count in story.WeekdayCounts)
                {
                    writer.Write(count);
                }

                writer.Write(story.UnreportedIds);
                writer.Write(story.TitleCandidates.Count);
                foreach (var candidate in story.TitleCandidates)
                {
                    writer.Write(candidate);
                }
            }

            duplicates.Save(writer);
            storylines.Save(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// A detector in the state <see cref="SaveState"/> saved: adding articles to it gives what adding them to the
    /// saved detector would have given.
    /// </summary>
    /// <param name="state">The saved state.</param>
    /// <param name="options">The options, which must equal the saved ones; null: the saved ones.</param>
    /// <exception cref="InvalidDataException">The bytes are not a saved state, or were saved with other options.</exception>
    public static StreamingStoryDetector Restore(byte[] state, StoryDetectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        using var buffer = new MemoryStream(state, writable: false);
        using var reader = new StreamStateReader(buffer);
        try
        {
            reader.Version = reader.ReadString() switch
            {
                StateMagic => 7,
                VersionSixMagic => 6,
                VersionFiveMagic => 5,
                VersionFourMagic => 4,
                _ => throw new InvalidDataException("Not a saved story detector state (or a version this build cannot read)."),
            };

            var saved = StreamStateOptions.Read(reader);
            if (options is not null && options != saved)
            {
                throw new InvalidDataException("The state was saved with other detector options.");
            }

            var detector = new StreamingStoryDetector(saved);
            detector.Load(reader);
            return detector;
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The saved story detector state is cut short.", e);
        }
    }

    private void Load(StreamStateReader reader)
    {
        articleCount = reader.ReadInt64();
        storyCount = reader.ReadInt32();
        clock = reader.ReadTime();
        frequencies.Load(reader, Stamp);
        reader.Frequencies = frequencies;
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var story = new StoryCluster(reader.ReadInt32(), reader.ReadString())
            {
                ReportedMembers = reader.ReadInt32(),
                ReportedTitle = reader.ReadNullableString(),
                ReportedStoryline = reader.ReadNullableString(),
            };
            var indexed = reader.ReadTerms();
            reader.ReadInto(story.Sum);
            if (reader.Version >= 7)
            {
                var memberCount = reader.ReadInt32();
                var weekdays = new int[7];
                for (var d = 0; d < weekdays.Length; d++)
                {
                    weekdays[d] = reader.ReadInt32();
                }

                var unreported = reader.ReadStrings();
                story.Restore(memberCount, weekdays, unreported, ReadCandidates(reader));
            }
            else
            {
                LoadListedMembers(reader, story);
            }

            index.Add(story.Index, indexed, story.IndexedTerms);
            open[story.Index] = story;
            if (story.LastTime is { } last)
            {
                expiry.Enqueue(story.Index, last.UtcTicks);
            }
        }

        duplicates.Load(reader);
        storylines.Load(reader);
    }

    /// <summary>
    /// Reads the members of an open story of version 6 or earlier, which listed every member's id and lead weekday:
    /// the story keeps their count and weekday counts, and the ids of those not reported yet.
    /// </summary>
    private static void LoadListedMembers(StreamStateReader reader, StoryCluster story)
    {
        var members = new (string Id, DayOfWeek? Weekday)[reader.ReadInt32()];
        var weekdays = new int[7];
        for (var m = 0; m < members.Length; m++)
        {
            members[m] = (reader.ReadString(), reader.ReadWeekday());
            if (members[m].Weekday is { } day)
            {
                weekdays[(int)day]++;
            }
        }

        story.Restore(members.Length, weekdays, members.Skip(story.ReportedMembers).Select(static m => m.Id), ReadCandidates(reader));
    }

    private static StoryMember[] ReadCandidates(StreamStateReader reader)
    {
        var candidates = new StoryMember[reader.ReadInt32()];
        for (var m = 0; m < candidates.Length; m++)
        {
            candidates[m] = reader.ReadMember();
        }

        return candidates;
    }

    /// <summary>The story as a change reports it: with the members that joined since it was last reported (taken).</summary>
    private static Story ToStory(StoryCluster story, string title, string storyline)
    {
        var reported = new Story(story.Id, title, storyline, [.. story.UnreportedIds]);
        story.UnreportedIds.Clear();
        return reported;
    }

    private ArrivingArticle Prepare(Document document, DateTimeOffset? time)
    {
        var article = document.Article;
        var features = extractor.ExtractNumbered(document, frequencies, out var bodyWords);

        // The signature reads the body's words the extraction found; an article without a body is hashed by its title.
        var signature = string.IsNullOrWhiteSpace(article.Text)
            ? hasher.Signature(article.Title ?? "")
            : hasher.Signature(article.Text, bodyWords);
        return new ArrivingArticle(
            article.Id,
            time,
            features,
            signature,
            options.LeadWeekdayRule && article.Published is null ? LeadWeekday.Of(article) : null,
            article.Title,
            StoryTitle.FirstSentence(article.Text, options.MaxTitleLength));
    }

    private void Take(ArrivingArticle arriving)
    {
        if (arriving.Time is { } time && (clock is null || time > clock))
        {
            clock = time;
            Expire(time);
        }

        frequencies.Add(arriving.Counts, Stamp);
        var article = arriving.Profile(articleCount++, frequencies, options.IndexTerms);
        StoryCluster? chosen = null;
        if (arriving.Signature is { } signature)
        {
            if (duplicates.FindOriginal(signature) is var (original, similarity))
            {
                newLinks.Add(new DuplicateLink(article.Id, original.Id, similarity));
                chosen = open.GetValueOrDefault(original.Story);
            }
        }

        chosen ??= BestStory(article);
        if (chosen is null)
        {
            chosen = new StoryCluster(storyCount++, StableId.Of('s', article.Id));
            open[chosen.Index] = chosen;
        }

        var before = chosen.LastTime;
        chosen.Add(article);
        index.Add(chosen.Index, article.IndexTerms, chosen.IndexedTerms);
        index.Add(chosen.Index, article.Terms.Ids.AsSpan(0, Math.Min(options.IndexTerms, article.Terms.Ids.Length)), chosen.IndexedTerms);
        if (chosen.LastTime is { } last && last != before)
        {
            expiry.Enqueue(chosen.Index, last.UtcTicks);
        }

        if (arriving.Signature is { } kept)
        {
            duplicates.Add(new DuplicateCandidate(article.Order, article.Id, article.Time, kept, chosen.Index));
        }
    }

    /// <summary>The clock as a key table stamps a count: UTC ticks, or <see cref="KeyTable.Undated"/> before the first date.</summary>
    private long Stamp => clock?.UtcTicks ?? KeyTable.Undated;

    /// <summary>
    /// Releases the numbers (and memo entries) of keys forgotten by now, keeping those that open stories and the
    /// storylines in the window hold in their sums, indexes and title candidates. Closed stories are left out: their
    /// sums are not read again once committed to their storyline.
    /// </summary>
    private void ReleaseForgottenKeys()
    {
        if (Stamp == KeyTable.Undated || (lastRelease != KeyTable.Undated && Stamp - lastRelease < ReleaseInterval.Ticks))
        {
            return;
        }

        lastRelease = Stamp;
        foreach (var story in open.Values)
        {
            story.HoldKeys(frequencies);
        }

        storylines.HoldKeys(frequencies);
        frequencies.ReleaseForgotten(Stamp);
    }

    /// <summary>Closes the stories whose last article is older than the story window before the clock, oldest first.</summary>
    private void Expire(DateTimeOffset now)
    {
        while (expiry.TryPeek(out var candidate, out var ticks) && now.UtcTicks - ticks > options.StoryWindow.Ticks)
        {
            expiry.Dequeue();
            if (!open.TryGetValue(candidate, out var story) || story.LastTime!.Value.UtcTicks != ticks)
            {
                // Closed already, or it grew and is queued again under its new last time.
                continue;
            }

            open.Remove(candidate);
            index.Remove(candidate, story.IndexedTerms);
            var title = story.ReportedMembers == story.MemberCount && story.ReportedTitle is not null
                ? story.ReportedTitle
                : StoryTitle.Choose(story);
            closedUnreported.Add((story, title, storylines.Commit(story, title, frequencies, now)));
        }

        duplicates.Expire(now);
        storylines.Expire(now);
    }

    /// <summary>The most similar open story at or above the threshold within the time window, or null; ties go to the earlier story.</summary>
    /// <remarks>
    /// The candidates are compared likeliest first, so the best so far is high early and the comparisons with the
    /// rest stop sooner (<see cref="Similarity.TryOfAtLeast"/>); a tie goes to the lower story number, as it did
    /// when they were compared in that order, so the story chosen is the same.
    /// </remarks>
    private StoryCluster? BestStory(ArticleProfile article)
    {
        StoryCluster? best = null;
        var bestSimilarity = 0.0;
        termTails.Compute(article.Terms.Weights);
        foreach (var candidate in index.CandidatesMostSharedFirst(article.IndexTerms, options.CandidateLimit, ranked: true))
        {
            var story = open[candidate];
            if (!WithinWindow(article, story))
            {
                continue;
            }

            // A story that cannot reach the threshold, or beat the best so far, is not compared in full.
            var floor = best is null ? options.StoryThreshold : bestSimilarity;
            if (!Similarity.TryOfAtLeast(article, story.Sum, options, floor, termTails, out var similarity))
            {
                continue;
            }

            if (similarity >= options.StoryThreshold
                && (best is null || similarity > bestSimilarity || (similarity == bestSimilarity && story.Index < best.Index)))
            {
                best = story;
                bestSimilarity = similarity;
            }
        }

        return best;
    }

    /// <summary>
    /// Dated articles join only stories whose dated members lie within the story window of them; an undated article
    /// whose lead names the event's weekday joins only stories whose undated members name the same weekday or none.
    /// </summary>
    private bool WithinWindow(ArticleProfile article, StoryCluster story) =>
        (article.LeadWeekday is not { } weekday || story.AgreesWithWeekday(weekday))
        && (article.Time is not { } time || story.LastTime is not { } last || story.FirstTime is not { } first
            || (time - last <= options.StoryWindow && first - time <= options.StoryWindow));

    /// <summary>Distinct documents by id, dated ones by time, then undated ones; ties by id.</summary>
    private static (Document Document, DateTimeOffset? Time)[] InTimeOrder(IReadOnlyList<Document> documents, DateTimeOffset? arrival)
    {
        var byId = new Dictionary<string, (Document, DateTimeOffset?)>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document);
            byId.TryAdd(document.Article.Id, (document, document.Article.Published ?? arrival));
        }

        var ordered = byId.Values.ToArray();
        Array.Sort(ordered, static (a, b) =>
        {
            var (ta, tb) = (a.Item2, b.Item2);
            if (ta.HasValue != tb.HasValue)
            {
                return ta.HasValue ? -1 : 1;
            }

            var byTime = ta.HasValue ? ta.Value.UtcTicks.CompareTo(tb!.Value.UtcTicks) : 0;
            return byTime != 0 ? byTime : string.CompareOrdinal(a.Item1.Article.Id, b.Item1.Article.Id);
        });
        return ordered;
    }
}
