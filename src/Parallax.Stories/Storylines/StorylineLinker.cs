using Parallax.Core.Stories;
using Parallax.Stories.Clustering;
using Parallax.Stories.Persistence;

namespace Parallax.Stories.Storylines;

/// <summary>
/// Links stories into storylines the way articles join stories, one level up: a story joins the storyline whose
/// centroid (over all its articles) is most similar, when that reaches the storyline threshold and the gap in time is
/// within the storyline window; otherwise it starts a storyline. Comparing with the storyline's centroid rather than
/// with any one story keeps unrelated subjects from chaining together. Like articles, a story is compared in full
/// only with the <see cref="StoryDetectorOptions.CandidateLimit"/> storylines sharing most of its indexed terms.
/// </summary>
/// <remarks>
/// A story is committed to its storyline when it closes (leaves the story window), since only then is its centroid
/// final. Open stories get a tentative storyline when changes are taken: the same procedure run on copies of the
/// storylines they touch, so the committed state never depends on when changes were taken. Storylines leave the
/// candidate index (and memory, once reported) when their last story is older than the storyline window.
/// </remarks>
internal sealed class StorylineLinker(StoryDetectorOptions options)
{
    private readonly Dictionary<int, StorylineState> live = [];
    private readonly Dictionary<string, StorylineState> liveById = new(StringComparer.Ordinal);
    private readonly CandidateIndex index = new();
    private readonly PriorityQueue<int, long> expiry = new();
    private readonly List<StorylineState> expiredUnreported = [];
    private readonly Dictionary<string, ReportedStoryline> reported = new(StringComparer.Ordinal);
    private HashSet<string> previewed = new(StringComparer.Ordinal);
    private int lineCount;

    /// <summary>
    /// Commits a closed story (with its final title) at <paramref name="clock"/> and returns its storyline's id. The
    /// storyline then drops the keys <paramref name="frequencies"/> has forgotten (<see cref="DropForgottenKeys"/>).
    /// </summary>
    public string Commit(StoryCluster story, string title, Features.DocumentFrequencies frequencies, DateTimeOffset clock)
    {
        var best = Best(story, id => live.GetValueOrDefault(id), index.Candidates(story.IndexedTerms, options.CandidateLimit, ranked: false));
        StorylineState line;
        if (best < 0)
        {
            line = new StorylineState(lineCount++, "l" + story.Id[1..]);
            live[line.Index] = line;
            liveById[line.Id] = line;
        }
        else
        {
            line = live[best];
        }

        line.Sum.Add(story.Sum);
        line.AddStory(story.Index, story.Id, story.MemberCount, title);
        index.Add(line.Index, story.IndexedTerms, line.IndexedTerms);
        DropForgottenKeys(line, frequencies, clock.UtcTicks);
        if (line.Sum.LastTime is { } last)
        {
            expiry.Enqueue(line.Index, last.UtcTicks);
        }

        return line.Id;
    }

    /// <summary>Takes the storylines whose last story is older than the window before <paramref name="clock"/> out of the index.</summary>
    public void Expire(DateTimeOffset clock)
    {
        while (expiry.TryPeek(out var candidate, out var ticks) && clock.UtcTicks - ticks > options.StorylineWindow.Ticks)
        {
            expiry.Dequeue();
            if (!live.TryGetValue(candidate, out var line) || line.Sum.LastTime!.Value.UtcTicks != ticks)
            {
                // Gone already, or it got a later story and is queued again under that time.
                continue;
            }

            live.Remove(candidate);
            liveById.Remove(line.Id);
            index.Remove(candidate, line.IndexedTerms);
            expiredUnreported.Add(line);
        }
    }

    /// <summary>
    /// The tentative storyline of each open story (in creation order) and the storylines that changed since the last
    /// call, each with the stories that joined it since (its new links), with the ids of storylines reported before
    /// that no longer exist. A story that left a storyline is not listed with it: the story's own record names its
    /// new storyline.
    /// </summary>
    public (Dictionary<int, string> StorylineOf, List<Storyline> Changed, List<string> Removed) TakeChanges(
        IReadOnlyList<StoryCluster> open, IReadOnlyDictionary<int, string> titles)
    {
        var overlay = new Dictionary<int, StorylineState>();
        var scratchIndex = new CandidateIndex();
        var next = lineCount;
        var storylineOf = new Dictionary<int, string>();
        foreach (var story in open)
        {
            var candidates = index.Candidates(story.IndexedTerms, options.CandidateLimit, ranked: false);
            candidates.AddRange(scratchIndex.Candidates(story.IndexedTerms, options.CandidateLimit, ranked: false));
            candidates.Sort();
            var best = Best(story, id => overlay.GetValueOrDefault(id) ?? live.GetValueOrDefault(id), candidates);
            StorylineState line;
            if (best < 0)
            {
                line = new StorylineState(next++, "l" + story.Id[1..]);
                overlay[line.Index] = line;
            }
            else if (!overlay.TryGetValue(best, out line!))
            {
                line = live[best].Clone();
                overlay[best] = line;
            }

            line.Sum.Add(story.Sum);
            line.AddTentative(story.Index, story.Id, story.MemberCount, titles[story.Index]);
            scratchIndex.Add(line.Index, story.IndexedTerms, line.IndexedTerms);
            storylineOf[story.Index] = line.Id;
        }

        var current = new Dictionary<string, StorylineState>(StringComparer.Ordinal);
        foreach (var line in live.Values.Where(static l => l.Unreported.Count > 0))
        {
            current[line.Id] = line;
        }

        foreach (var line in expiredUnreported)
        {
            current[line.Id] = line;
        }

        foreach (var line in overlay.Values)
        {
            current[line.Id] = line;
        }

        foreach (var id in previewed)
        {
            if (!current.ContainsKey(id) && liveById.TryGetValue(id, out var committed))
            {
                current[id] = committed;
            }
        }

        var changed = new List<(int First, Storyline Line)>();
        foreach (var (id, line) in current)
        {
            var pending = line.Pending().ToList();
            var title = line.ReportedTitle;
            reported.TryGetValue(id, out var before);
            var joined = before is null ? pending : pending.Where(s => !before.TentativeStoryIds.Contains(s.Id)).ToList();
            var left = before is not null && before.TentativeStoryIds.Any(s => !pending.Exists(p => p.Id == s));
            if (before is null || before.Title != title || joined.Count > 0 || left)
            {
                changed.Add((line.FirstStory, new Storyline(id, title, [.. joined.Select(static s => s.Id)])));
            }

            reported[id] = new ReportedStoryline(title, [.. line.Tentative.Select(static s => s.Id)]);
        }

        var removed = previewed.Where(id => !current.ContainsKey(id) && !liveById.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        foreach (var id in removed)
        {
            reported.Remove(id);
        }

        foreach (var line in expiredUnreported)
        {
            reported.Remove(line.Id);
        }

        expiredUnreported.Clear();
        foreach (var line in live.Values)
        {
            line.Unreported.Clear();
        }

        previewed = new HashSet<string>(overlay.Values.Select(static l => l.Id), StringComparer.Ordinal);
        changed.Sort(static (a, b) => a.First.CompareTo(b.First));
        return (storylineOf, [.. changed.Select(static c => c.Line)], removed);
    }

    /// <summary>
    /// Drops from <paramref name="line"/> the keys the stream has forgotten at <paramref name="now"/> (no article had
    /// them within the storyline window): from its sums and from the terms it is indexed under. Done when a story is
    /// committed to it, so a storyline that runs for months holds the words of its last two months (and of the
    /// stories since its last commit), not of every event it ever had, and no longer keeps forgotten keys alive; the
    /// cost is one pass over the storyline per story committed. Decided by the stream alone (commits follow the
    /// clock), so the grouping does not depend on batches or restores.
    /// </summary>
    private void DropForgottenKeys(StorylineState line, Features.DocumentFrequencies frequencies, long now)
    {
        // A key is counted no earlier than the first article that has it, so a storyline that started within the
        // window holds no forgotten key.
        if (line.Sum.FirstTime is not { } first || now - first.UtcTicks <= options.StorylineWindow.Ticks)
        {
            return;
        }

        line.Sum.DropForgottenKeys(frequencies, now);
        List<int>? forgotten = null;
        foreach (var term in line.IndexedTerms)
        {
            if (frequencies.Terms.IsForgotten(term, now))
            {
                (forgotten ??= []).Add(term);
            }
        }

        if (forgotten is not null)
        {
            index.Remove(line.Index, forgotten);

            // Made afresh rather than removed from, so that the set lists its terms in the order they were added, as
            // a set restored from the saved state does.
            var kept = line.IndexedTerms.Where(term => !frequencies.Terms.IsForgotten(term, now)).ToList();
            line.IndexedTerms.Clear();
            line.IndexedTerms.UnionWith(kept);
        }
    }

    /// <summary>Holds the keys of the storylines in the window (their sums and indexed terms) through the next release of forgotten keys.</summary>
    public void HoldKeys(Features.DocumentFrequencies frequencies)
    {
        foreach (var line in live.Values)
        {
            line.Sum.HoldKeys(frequencies);
            foreach (var term in line.IndexedTerms)
            {
                frequencies.Terms.Hold(term);
            }
        }
    }

    /// <summary>
    /// Saves the storylines in the window (their count of stories, not the stories' ids) and what was last reported;
    /// call after <see cref="TakeChanges"/>.
    /// </summary>
    public void Save(StreamStateWriter writer)
    {
        writer.Write(lineCount);
        writer.Write(live.Count);
        foreach (var line in live.Values.OrderBy(static l => l.Index))
        {
            writer.Write(line.Index);
            writer.Write(line.Id);
            writer.Write(line.Sum);
            writer.Write(line.StoryCount);
            writer.Write(line.FirstStory);
            writer.Write(line.Unreported.Count);
            foreach (var story in line.Unreported)
            {
                writer.Write(story.Story);
                writer.Write(story.Id);
            }

            var title = line.Title!;
            writer.Write(title.Story);
            writer.Write(title.Articles);
            writer.Write(title.Title);

            writer.WriteTerms(line.IndexedTerms);
        }

        writer.Write(reported.Count);
        foreach (var (id, line) in reported)
        {
            writer.Write(id);
            writer.Write(line.Title);

            // Ordinal order: a hash set's own order depends on the process's string hashing.
            writer.Write(line.TentativeStoryIds.Order(StringComparer.Ordinal).ToList());
        }

        writer.Write(previewed);
    }

    /// <summary>
    /// Puts back what <see cref="Save"/> saved, into an empty linker. A state of version 5 or 6 listed every story of a
    /// storyline and every story last reported in it: the count, the first story and the title are taken from the
    /// former, and the stories reported tentatively are those of the latter that were not committed to it.
    /// </summary>
    public void Load(StreamStateReader reader)
    {
        lineCount = reader.ReadInt32();
        var count = reader.ReadInt32();
        var committed = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var line = new StorylineState(reader.ReadInt32(), reader.ReadString());
            if (reader.Version >= 7)
            {
                reader.ReadInto(line.Sum);
                var (storyCount, firstStory) = (reader.ReadInt32(), reader.ReadInt32());
                var unreported = reader.ReadInt32();
                for (var j = 0; j < unreported; j++)
                {
                    line.Unreported.Add(new StorylineMember(reader.ReadInt32(), reader.ReadString()));
                }

                line.Restore(storyCount, firstStory, ReadTitle(reader));
            }
            else
            {
                committed[line.Id] = LoadListedStories(reader, line);
            }

            index.Add(line.Index, reader.ReadTerms(), line.IndexedTerms);
            live[line.Index] = line;
            liveById[line.Id] = line;
            if (line.Sum.LastTime is { } last)
            {
                expiry.Enqueue(line.Index, last.UtcTicks);
            }
        }

        var reportedCount = reader.ReadInt32();
        for (var i = 0; i < reportedCount; i++)
        {
            var id = reader.ReadString();
            var title = reader.ReadString();
            var stories = reader.ReadStrings();
            reported[id] = new ReportedStoryline(
                title,
                reader.Version >= 7 || !committed.TryGetValue(id, out var ofLine) ? [.. stories] : [.. stories.Where(s => !ofLine.Contains(s))]);
        }

        previewed = new HashSet<string>(reader.ReadStrings(), StringComparer.Ordinal);
    }

    private static StorylineTitle ReadTitle(StreamStateReader reader) => new(reader.ReadInt32(), reader.ReadInt32(), reader.ReadString());

    /// <summary>
    /// Reads a storyline of version 5 or 6 (a flag, its sums, every story and, from version 6, its title) and returns
    /// the ids of its stories. The flag was always false in a saved state: a commit since the last report leaves
    /// a change pending, and a state is saved only after changes are taken.
    /// </summary>
    private static HashSet<string> LoadListedStories(StreamStateReader reader, StorylineState line)
    {
        reader.ReadBoolean();
        reader.ReadInto(line.Sum);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var first = int.MaxValue;
        StorylineTitle? title = null;
        var stories = reader.ReadInt32();
        for (var j = 0; j < stories; j++)
        {
            var story = reader.ReadInt32();
            ids.Add(reader.ReadString());
            first = Math.Min(first, story);
            if (reader.Version < 6)
            {
                // Version 5 kept every story's size and title; the storyline's title is the one that names it.
                title = StorylineTitle.Of(title, new StorylineTitle(story, reader.ReadInt32(), reader.ReadString()));
            }
        }

        line.Restore(ids.Count, first, reader.Version >= 6 ? ReadTitle(reader) : title!);
        return ids;
    }

    /// <summary>The most similar storyline at or above the threshold within the window, or -1; ties go to the earlier one.</summary>
    private int Best(StoryCluster story, Func<int, StorylineState?> lineOf, List<int> candidates)
    {
        var best = -1;
        var bestSimilarity = 0.0;
        var previous = -1;
        foreach (var candidate in candidates)
        {
            if (candidate == previous)
            {
                continue;
            }

            previous = candidate;
            if (lineOf(candidate) is not { } line || !WithinWindow(story.Sum, line.Sum))
            {
                continue;
            }

            var similarity = Similarity.Of(story.Sum, line.Sum, options);
            if (similarity >= options.StorylineThreshold && (best < 0 || similarity > bestSimilarity))
            {
                best = candidate;
                bestSimilarity = similarity;
            }
        }

        return best;
    }

    private bool WithinWindow(FeatureSum story, FeatureSum line)
    {
        if (story.FirstTime is not { } storyStart || story.LastTime is not { } storyEnd
            || line.FirstTime is not { } lineStart || line.LastTime is not { } lineEnd)
        {
            return true;
        }

        var gap = storyStart > lineEnd ? storyStart - lineEnd : lineStart > storyEnd ? lineStart - storyEnd : TimeSpan.Zero;
        return gap <= options.StorylineWindow;
    }
}
