using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Stories;
using Parallax.Stories.Clustering;
using Parallax.Stories.Duplicates;
using Parallax.Stories.Features;
using Parallax.Stories.Storylines;

namespace Parallax.Stories;

/// <summary>
/// Groups articles into event stories and storylines, and marks near-duplicate copies.
/// </summary>
/// <remarks>
/// Each article is represented by TF-IDF vectors (IDF from the batch) over its stemmed content words, with title
/// and lead words up-weighted, over its proper names (entity names when the document carries entities,
/// otherwise capitalised words, folded across transliterations), and over its calendar anchors (weekday, month
/// and year words). Articles are taken in (publication time, id)
/// order; each joins the most similar story found through an inverted index when the similarity reaches
/// <see cref="StoryDetectorOptions.StoryThreshold"/> and the article falls within the story's time window, and
/// otherwise starts a story. A near-duplicate copy always joins its original's story. Stories whose centroids
/// reach the lower <see cref="StoryDetectorOptions.StorylineThreshold"/> are linked into storylines. Immutable and
/// thread-safe.
/// </remarks>
public sealed class StoryDetector : IStoryDetector
{
    private readonly StoryDetectorOptions options;
    private readonly FeatureExtractor extractor;
    private readonly NearDuplicateFinder duplicateFinder;
    private readonly StorylineLinker storylineLinker;

    /// <summary>Creates a detector with the given options, or the defaults.</summary>
    public StoryDetector(StoryDetectorOptions? options = null)
    {
        this.options = options ?? StoryDetectorOptions.Default;
        this.options.Validate();
        extractor = new FeatureExtractor(this.options);
        duplicateFinder = new NearDuplicateFinder(this.options);
        storylineLinker = new StorylineLinker(this.options);
    }

    /// <summary>The options in use.</summary>
    public StoryDetectorOptions Options => options;

    /// <inheritdoc />
    /// <remarks>Entities are used when present but not required.</remarks>
    public AnnotationLayers Requires => AnnotationLayers.None;

    /// <inheritdoc />
    public StoryGrouping Detect(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var ordered = InTimeOrder(documents);
        if (ordered.Length == 0)
        {
            return StoryGrouping.Empty;
        }

        var profiles = Profile(ordered);
        var (originalOf, duplicates) = duplicateFinder.Find(profiles);
        var stories = Cluster(profiles, originalOf);
        var storylineRoots = storylineLinker.Link(stories);
        return Assemble(stories, storylineRoots, duplicates);
    }

    /// <summary>
    /// The detector's similarity (0..1) of two documents taken as a batch of their own: what it compares with
    /// <see cref="StoryDetectorOptions.StoryThreshold"/> when the second has started a story and the first arrives.
    /// Used to score graded same-story judgements (SemEval-2022 Task 8).
    /// </summary>
    public double Similarity(Document first, Document second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var profiles = Profile([first, second]);
        var story = new StoryCluster(0);
        story.Add(profiles[1]);
        return Clustering.Similarity.Of(profiles[0], story, options);
    }

    /// <summary>Distinct documents by id, dated ones by publication time, then undated ones; ties by id.</summary>
    private static Document[] InTimeOrder(IReadOnlyList<Document> documents)
    {
        var byId = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document);
            byId.TryAdd(document.Article.Id, document);
        }

        var ordered = byId.Values.ToArray();
        Array.Sort(ordered, static (a, b) =>
        {
            var ta = a.Article.Published;
            var tb = b.Article.Published;
            if (ta.HasValue != tb.HasValue)
            {
                return ta.HasValue ? -1 : 1;
            }

            var byTime = ta.HasValue ? ta.Value.UtcTicks.CompareTo(tb!.Value.UtcTicks) : 0;
            return byTime != 0 ? byTime : string.CompareOrdinal(a.Article.Id, b.Article.Id);
        });
        return ordered;
    }

    private ArticleProfile[] Profile(Document[] ordered)
    {
        var raw = new RawFeatures[ordered.Length];
        Parallel.For(0, ordered.Length, i => raw[i] = extractor.Extract(ordered[i]));

        var termFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var nameFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var anchorFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var features in raw)
        {
            foreach (var term in features.Terms.Keys)
            {
                termFrequency[term] = termFrequency.GetValueOrDefault(term) + 1;
            }

            foreach (var name in features.Names.Keys)
            {
                nameFrequency[name] = nameFrequency.GetValueOrDefault(name) + 1;
            }

            foreach (var anchor in features.Anchors.Keys)
            {
                anchorFrequency[anchor] = anchorFrequency.GetValueOrDefault(anchor) + 1;
            }
        }

        var profiles = new ArticleProfile[ordered.Length];
        Parallel.For(0, ordered.Length, i =>
        {
            var terms = WeightedVector.FromCounts(raw[i].Terms, termFrequency, ordered.Length);
            profiles[i] = new ArticleProfile(
                ordered[i],
                i,
                ordered[i].Article.Published,
                terms,
                WeightedVector.FromCounts(raw[i].Names, nameFrequency, ordered.Length),
                WeightedVector.FromCounts(raw[i].Anchors, anchorFrequency, ordered.Length),
                SharedTopTerms(terms, termFrequency),
                options.LeadWeekdayRule && ordered[i].Article.Published is null ? LeadWeekday.Of(ordered[i].Article) : null);
        });
        return profiles;
    }

    private string[] SharedTopTerms(WeightedVector terms, Dictionary<string, int> documentFrequency)
    {
        var top = new List<string>(options.IndexTerms);
        foreach (var key in terms.Keys)
        {
            if (documentFrequency[key] > 1)
            {
                top.Add(key);
                if (top.Count == options.IndexTerms)
                {
                    break;
                }
            }
        }

        return [.. top];
    }

    private List<StoryCluster> Cluster(ArticleProfile[] profiles, int[] originalOf)
    {
        var stories = new List<StoryCluster>();
        var storyOf = new int[profiles.Length];
        var index = new CandidateIndex();
        foreach (var article in profiles)
        {
            var top = article.IndexTerms;
            var original = originalOf[article.Order];
            var chosen = original >= 0 ? storyOf[original] : BestStory(article, top, stories, index, -1, out _);
            if (chosen < 0)
            {
                chosen = stories.Count;
                stories.Add(new StoryCluster(chosen));
            }

            stories[chosen].Add(article);
            storyOf[article.Order] = chosen;
            index.Add(chosen, top);
        }

        Refine(profiles, originalOf, stories, storyOf, index);
        var kept = new List<StoryCluster>(stories.Count);
        foreach (var story in stories)
        {
            if (story.Members.Count > 0)
            {
                story.SortMembers();
                kept.Add(story);
            }
        }

        // Stories are listed in the order of their first article.
        kept.Sort(static (a, b) => a.Members[0].Order.CompareTo(b.Members[0].Order));
        return kept;
    }

    /// <summary>
    /// One reassignment pass after the single pass: each article moves to another story whose centroid (without the
    /// article) is closer than its own. A single pass over undated articles depends on their arbitrary order; this
    /// pass lets an early article follow the story that formed after it. Copies then rejoin their originals.
    /// </summary>
    private void Refine(
        ArticleProfile[] profiles, int[] originalOf, List<StoryCluster> stories, int[] storyOf, CandidateIndex index)
    {
        foreach (var article in profiles)
        {
            if (originalOf[article.Order] >= 0)
            {
                continue;
            }

            var own = stories[storyOf[article.Order]];
            if (own.Members.Count == 1)
            {
                continue;
            }

            own.Remove(article);
            var ownSimilarity = Clustering.Similarity.Of(article, own, options);
            var best = BestStory(article, article.IndexTerms, stories, index, own.Index, out var bestSimilarity);
            var target = best >= 0 && bestSimilarity > ownSimilarity ? stories[best] : own;
            target.Add(article);
            storyOf[article.Order] = target.Index;
            index.Add(target.Index, article.IndexTerms);
        }

        for (var i = 0; i < profiles.Length; i++)
        {
            var original = originalOf[i];
            if (original >= 0 && storyOf[i] != storyOf[original])
            {
                stories[storyOf[i]].Remove(profiles[i]);
                stories[storyOf[original]].Add(profiles[i]);
                storyOf[i] = storyOf[original];
            }
        }
    }

    /// <summary>The most similar story at or above the threshold within the time window, or -1; ties go to the earlier story.</summary>
    private int BestStory(
        ArticleProfile article, string[] top, List<StoryCluster> stories, CandidateIndex index, int exclude, out double bestSimilarity)
    {
        var best = -1;
        bestSimilarity = 0;
        foreach (var candidate in index.Candidates(top))
        {
            var story = stories[candidate];
            if (candidate == exclude || story.Members.Count == 0 || !WithinWindow(article, story))
            {
                continue;
            }

            var similarity = Clustering.Similarity.Of(article, story, options);
            if (similarity >= options.StoryThreshold && (best < 0 || similarity > bestSimilarity))
            {
                best = candidate;
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

    private StoryGrouping Assemble(List<StoryCluster> clusters, int[] storylineRoots, ImmutableArray<DuplicateLink> duplicates)
    {
        var storyIds = new string[clusters.Count];
        var titles = new string[clusters.Count];
        for (var i = 0; i < clusters.Count; i++)
        {
            storyIds[i] = StableId.Of('s', clusters[i].Members[0].Id);
            titles[i] = StoryTitle.Choose(clusters[i], options.MaxTitleLength);
        }

        var stories = ImmutableArray.CreateBuilder<Story>(clusters.Count);
        var members = new Dictionary<int, List<int>>();
        var rootOrder = new List<int>();
        for (var i = 0; i < clusters.Count; i++)
        {
            var root = storylineRoots[i];
            var storylineId = "l" + storyIds[root][1..];
            stories.Add(new Story(storyIds[i], titles[i], storylineId, [.. clusters[i].Members.Select(m => m.Id)]));
            if (!members.TryGetValue(root, out var list))
            {
                list = [];
                members[root] = list;
                rootOrder.Add(root);
            }

            list.Add(i);
        }

        var storylines = ImmutableArray.CreateBuilder<Storyline>(rootOrder.Count);
        foreach (var root in rootOrder)
        {
            var list = members[root];
            var largest = list[0];
            foreach (var i in list)
            {
                if (clusters[i].Members.Count > clusters[largest].Members.Count)
                {
                    largest = i;
                }
            }

            storylines.Add(new Storyline("l" + storyIds[root][1..], titles[largest], [.. list.Select(i => storyIds[i])]));
        }

        return new StoryGrouping(stories.MoveToImmutable(), storylines.MoveToImmutable(), duplicates);
    }
}
