using Parallax.Core.Annotations;
using Parallax.Core.Articles;
using Parallax.Core.Stories;
using Parallax.Storage;
using Parallax.Stories;
using Parallax.Stories.Evaluation;

namespace Parallax.Cli.Tests;

/// <summary>Stories kept in the store by the streaming detector, batch after batch.</summary>
public sealed class StoredStoryDetectionTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "parallax-stored-stories-" + Guid.NewGuid().ToString("N"));

    public StoredStoryDetectionTests() => Directory.CreateDirectory(folder);

    /// <summary>
    /// Made-up texts varied by the generator, in three bursts of 40 articles four days apart, so stories close between
    /// bursts and later ones link to them as storylines.
    /// </summary>
    private static List<Article> Articles() =>
    [
        .. new SyntheticNewsGenerator(
            [
                SourceText.Parse("Harbour bridge closed\nThe Harbour bridge in Kessington was closed after inspectors found a crack in its main girder. Engineer Paula Brandt said lorries could not cross until it was repaired. Ferries will carry commuters across the harbour."),
                SourceText.Parse("Okoro breaks marathon record\nRunner Amaka Okoro broke the Lakeside marathon course record on a cool morning. She said the flat course along the lake helped her pace. More than eight thousand runners started the race."),
                SourceText.Parse("Council approves library budget\nThe Riverton council approved the library budget after a long debate over opening hours. Councillor Maria Okafor said all branches would stay open. Opponents wanted the money for road repairs."),
            ],
            seed: 5,
            new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero),
            TimeSpan.FromMinutes(20)).Generate(120)
            .Select((a, i) => a with { Published = a.Published!.Value.AddDays(4 * (i / 40)) }),
    ];

    private string Describe(string name, IEnumerable<IReadOnlyList<Article>> batches)
    {
        var path = Path.Combine(folder, name + ".db");
        foreach (var batch in batches)
        {
            // A new instance per batch: each batch continues from the state the store holds.
            using var store = SqliteStore.Open(path);
            new StoredStoryDetection(store).Add(batch);
        }

        using var reopened = SqliteStore.Open(path);
        return Describe(reopened.LoadStories());
    }

    private static string Describe(StoryGrouping grouping) => string.Join(
        "\n",
        grouping.Stories.Select(s => $"story {s.Id} [{s.Title}] in {s.StorylineId}: {string.Join(",", s.ArticleIds)}")
            .Concat(grouping.Storylines.Select(l => $"line {l.Id} [{l.Title}]: {string.Join(",", l.StoryIds)}"))
            .Concat(grouping.Duplicates.Select(d => $"copy {d.ArticleId} of {d.OriginalId} {d.Similarity:R}")));

    [Fact]
    public void Adding_batches_later_gives_the_stories_of_adding_everything_at_once()
    {
        var articles = Articles();
        var atOnce = Describe("once", [articles]);

        var inBatches = Describe("batches", [articles[..30], articles[30..31], articles[31..90], articles[90..]]);

        Assert.Equal(atOnce, inBatches);
        Assert.Equal(Describe(new StoryDetector().Detect([.. articles.Select(a => new Document(a))])), atOnce);
        Assert.True(atOnce.Split('\n').Count(l => l.StartsWith("story ", StringComparison.Ordinal)) > 3, atOnce);
        Assert.Contains(atOnce.Split('\n'), l => l.StartsWith("line ", StringComparison.Ordinal) && l.Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void Many_small_batches_store_the_grouping_of_one_batch()
    {
        // Twelve batches: storylines change by the stories that join them and by tentative stories moving between
        // them, and the store, given only those changes, reads back what one batch gives.
        var articles = Articles();

        var inTens = Describe("tens", articles.Chunk(10));

        Assert.Equal(Describe("whole", [articles]), inTens);
        Assert.Equal(Describe(new StoryDetector().Detect([.. articles.Select(a => new Document(a))])), inTens);
    }

    [Fact]
    public void Articles_stored_before_are_not_streamed_again()
    {
        var articles = Articles();
        var path = Path.Combine(folder, "again.db");
        using var store = SqliteStore.Open(path);
        var detection = new StoredStoryDetection(store);
        detection.Add(articles[..50]);

        var result = detection.Add(articles[..60]);

        var distinct = articles[..60].Select(a => a.Id).Distinct().Count();
        Assert.Equal(distinct - articles[..50].Select(a => a.Id).Distinct().Count(), result.Added.Length);
        Assert.Equal(distinct, detection.Detector.ArticleCount);
        Assert.Equal(distinct, store.LoadStories().Stories.Sum(s => s.ArticleIds.Length));
    }

    [Fact]
    public void Articles_stored_without_stories_are_caught_up_as_if_they_had_been_streamed()
    {
        var articles = Articles();
        var expected = Describe("streamed", [articles[..40], articles[40..]]);
        var path = Path.Combine(folder, "watched.db");
        using var store = SqliteStore.Open(path);
        var detection = new StoredStoryDetection(store);
        detection.Add(articles[..40]);

        // What watch does: articles stored with no story update.
        store.AddArticles(articles[40..]);
        var streamed = detection.CatchUp();

        Assert.Equal(articles[40..].Select(a => a.Id).Distinct().Except(articles[..40].Select(a => a.Id)).Count(), streamed);
        Assert.Equal(expected, Describe(store.LoadStories()));
        Assert.Equal(0, detection.CatchUp());
    }

    [Fact]
    public void A_store_with_stories_but_no_detector_state_is_rebuilt_from_every_stored_article()
    {
        var articles = Articles();
        var expected = Describe("fresh", [articles]);
        using var store = SqliteStore.Open(Path.Combine(folder, "old.db"));
        store.AddArticles(articles);
        store.SaveStories(new StoryGrouping([new Story("s-old", "everything", "l-old", [.. articles.Select(a => a.Id).Distinct()])], [], []));

        var detection = new StoredStoryDetection(store);
        detection.CatchUp();

        Assert.Equal(expected, Describe(store.LoadStories()));
        Assert.NotNull(store.LoadStoryStreamState());
    }

    [Fact]
    public void A_state_saved_under_other_options_is_replaced_by_a_rebuild_and_nothing_stored_is_lost()
    {
        var articles = Articles();
        var expected = Describe("defaults", [articles]);
        using var store = SqliteStore.Open(Path.Combine(folder, "other-options.db"));
        new StoredStoryDetection(store, new StoryDetectorOptions { StoryThreshold = 0.9 }).Add(articles[..60]);

        var detection = new StoredStoryDetection(store, StoryDetectorOptions.Default);
        Assert.True(detection.RebuildPending);
        detection.Add(articles[60..]);

        Assert.False(detection.RebuildPending);
        Assert.Equal(articles.Select(a => a.Id).Distinct().Count(), store.ArticleCount);
        Assert.Equal(expected, Describe(store.LoadStories()));
    }

    [Fact]
    public void A_state_of_an_earlier_format_version_is_replaced_by_a_rebuild()
    {
        var articles = Articles();
        var expected = Describe("current", [articles]);
        using var store = SqliteStore.Open(Path.Combine(folder, "earlier-format.db"));
        new StoredStoryDetection(store).Add(articles[..60]);

        // The state as a format version two back would have labelled it (the previous one is still read): its magic
        // string (after the length byte) ends in the version number.
        var state = store.LoadStoryStreamState()!;
        var magic = System.Text.Encoding.ASCII.GetString(state, 1, state[0]);
        Assert.StartsWith("parallax-story-stream/", magic, StringComparison.Ordinal);
        state[state[0]] = (byte)(state[state[0]] - 2);
        store.SaveStories(store.LoadStories(), state);

        var detection = new StoredStoryDetection(store);
        Assert.True(detection.RebuildPending);
        detection.Add(articles[60..]);

        Assert.False(detection.RebuildPending);
        Assert.Equal(expected, Describe(store.LoadStories()));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
