using Parallax.Core.Annotations;
using Parallax.Stories.Evaluation;

namespace Parallax.Stories.Tests;

/// <summary>
/// What keeps a long stream bounded and fast without changing its grouping: slim members beyond the title candidates,
/// and the feature step pipelined ahead of the clustering. Fixture texts are invented here.
/// </summary>
public sealed class StreamAtScaleTests
{
    private static readonly DateTimeOffset Start = new(2024, 3, 4, 0, 0, 0, TimeSpan.Zero);

    private static readonly SourceText[] Texts =
    [
        SourceText.Parse("Harbour bridge closed\nThe Harbour bridge in Kessington was closed after inspectors found a crack in the main girder. Engineer Paula Brandt said lorries and buses could not cross until welders repaired it. Ferry operators added crossings for commuters while the bridge stays shut."),
        SourceText.Parse("Marathon record falls\nRunner Amaka Okoro broke the Lakeside marathon course record on a cool morning. She said the flat course along the lake helped her keep a fast pace. Organisers praised the volunteers who handed out water along the route."),
        SourceText.Parse("Council delays budget vote\nThe Northam council delayed its budget vote after members disputed the cost of new bus lanes. Councillor Ingrid Salo said the plan would raise fares for commuters. The mayor promised a revised proposal before the summer recess."),
    ];

    private static Document[][] Batches(int articles, int batch, TimeSpan gap) =>
    [
        .. new SyntheticNewsGenerator(Texts, 5, Start, gap).Generate(articles)
            .DistinctBy(static a => a.Id)
            .Select(static a => new Document(a))
            .Chunk(batch),
    ];

    [Fact]
    public void Pipelined_feature_steps_give_the_grouping_and_state_of_preparing_each_batch_before_clustering_it()
    {
        var batches = Batches(900, 300, TimeSpan.FromMinutes(3));

        var whole = DetectorRun.Stream(batches, chunkSize: int.MaxValue);
        var pipelined = DetectorRun.Stream(batches, chunkSize: 4);

        Assert.Contains("s", whole.Grouping, StringComparison.Ordinal);
        Assert.Equal(whole.Grouping, pipelined.Grouping);
        Assert.Equal(whole.State, pipelined.State);
    }

    [Fact]
    public void A_stream_that_forgets_keys_gives_the_same_grouping_and_state_with_any_chunk_size_and_when_restored_between_batches()
    {
        // 19 days of reports, each event with names of its own, a storyline window (the horizon) of two days: keys
        // are forgotten and released between batches while later chunks are numbered.
        var options = new StoryDetectorOptions { StoryWindow = TimeSpan.FromDays(1), StorylineWindow = TimeSpan.FromDays(2) };
        var batches = Batches(900, 150, TimeSpan.FromMinutes(30));

        var whole = DetectorRun.Stream(batches, chunkSize: int.MaxValue, options: options);
        var pipelined = DetectorRun.Stream(batches, chunkSize: 4, options: options);
        var restored = DetectorRun.Stream(batches, chunkSize: 16, restoreBetweenBatches: true, options: options);
        var remembering = DetectorRun.Stream(batches, chunkSize: 16, options: options with { StorylineWindow = TimeSpan.FromDays(100) });

        Assert.Equal(whole.Grouping, pipelined.Grouping);
        Assert.Equal(whole.State, pipelined.State);
        Assert.Equal(whole.Grouping, restored.Grouping);
        Assert.Equal(whole.State, restored.State);
        Assert.True(whole.State.Length < remembering.State.Length, $"state {whole.State.Length} bytes forgetting, {remembering.State.Length} remembering");
    }

    [Fact]
    public void A_story_with_more_members_than_title_candidates_lists_them_all_and_restores_to_the_same_stream()
    {
        // One event's reports a minute apart: a single story far larger than the title candidates it keeps.
        var batches = Batches(400, 100, TimeSpan.FromMinutes(1)).Select(static b => b.Where(static d => d.Article.Title!.Contains("bridge", StringComparison.Ordinal)).ToArray()).ToArray();
        var detector = new StreamingStoryDetector();
        foreach (var batch in batches)
        {
            detector.Add(batch);
        }

        var change = detector.TakeChanges();
        var largest = change.Stories.MaxBy(static s => s.ArticleIds.Length)!;
        var reports = batches.Sum(static b => b.Length);

        Assert.True(largest.ArticleIds.Length > Clustering.StoryCluster.TitleCandidateCount, $"largest story: {largest.ArticleIds.Length} of {reports}");
        Assert.Equal(reports, change.Stories.Sum(static s => s.ArticleIds.Length));

        var continuous = DetectorRun.Stream(batches, chunkSize: 64);
        var restored = DetectorRun.Stream(batches, chunkSize: 64, restoreBetweenBatches: true);
        Assert.Equal(continuous.Grouping, restored.Grouping);
        Assert.Equal(continuous.State, restored.State);
    }

    [Fact]
    public void A_story_that_keeps_getting_articles_is_reported_with_its_new_members_only()
    {
        // One event's reports a minute apart in four batches: one open story, reported after each batch with the
        // reports of that batch, not with every member again.
        var batches = Batches(400, 100, TimeSpan.FromMinutes(1)).Select(static b => b.Where(static d => d.Article.Title!.Contains("bridge", StringComparison.Ordinal)).ToArray()).ToArray();
        var detector = new StreamingStoryDetector();
        var reported = new List<string>();
        foreach (var batch in batches)
        {
            detector.Add(batch);
            var story = Assert.Single(detector.TakeChanges().Stories);
            Assert.Equal(batch.Select(static d => d.Article.Id).Order(StringComparer.Ordinal), story.ArticleIds.Order(StringComparer.Ordinal));
            reported.AddRange(story.ArticleIds);
        }

        Assert.Equal(batches.Sum(static b => b.Length), reported.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_member_beyond_the_title_candidates_costs_its_id_in_the_saved_state_not_its_vectors()
    {
        var batches = Batches(400, 400, TimeSpan.FromMinutes(1)).Select(static b => b.Where(static d => d.Article.Title!.Contains("bridge", StringComparison.Ordinal)).ToArray()).ToArray();
        var firstCandidates = batches[0].Take(Clustering.StoryCluster.TitleCandidateCount).ToArray();
        var rest = batches[0].Skip(Clustering.StoryCluster.TitleCandidateCount).ToArray();
        Assert.True(rest.Length >= 40, $"{rest.Length} reports after the candidates");

        var candidatesOnly = new StreamingStoryDetector();
        candidatesOnly.Add(firstCandidates);
        candidatesOnly.TakeChanges();
        var small = candidatesOnly.SaveState().Length;
        var all = new StreamingStoryDetector();
        all.Add([.. firstCandidates, .. rest]);
        Assert.Single(all.TakeChanges().Stories);
        var large = all.SaveState().Length;

        // Each later member adds its near-duplicate window entry (its id of 64 hex digits, order, time, story and 128
        // signature values), about 600 bytes, and no id of its own once reported; its 32 title terms with weights
        // would add about 500 more.
        var perMember = (large - small) / (double)rest.Length;
        Assert.InRange(perMember, 64 + (128 * 4), 900);
    }
}
