using Parallax.Core.Annotations;
using Parallax.Core.Articles;
using Parallax.Stories.Features;

namespace Parallax.Stories.Tests.Features;

public sealed class BackgroundFrequenciesTests
{
    private static Document Doc(string id, string text) =>
        new(new Article { Id = id, Path = id, Source = "test", Body = [text] });

    private static BackgroundFrequencies CouncilBackground() => BackgroundFrequencies.Count(
        Enumerable.Range(0, 10).Select(i => Doc($"bg{i}", $"The council met for session {i} and argued about the budget."))
            .Append(Doc("bg-rare", "A ferry sank near the harbour.")));

    [Fact]
    public void Keys_seen_in_fewer_documents_than_the_minimum_are_dropped()
    {
        var background = CouncilBackground();

        Assert.Equal(11, background.DocumentCount);
        Assert.Equal(10, background.Terms["council"]);
        Assert.False(background.Terms.ContainsKey("harbour"));
        Assert.Equal(1, BackgroundFrequencies.Count([Doc("x", "A ferry sank near the harbour.")], minimumFrequency: 1).Terms["harbour"]);
    }

    [Fact]
    public void A_word_common_in_the_background_weighs_less_than_a_rare_one_from_the_first_article()
    {
        var article = Doc("a", "The council approved the harbour plan.");
        double Ratio(BackgroundFrequencies background)
        {
            var raw = new FeatureExtractor(StoryDetectorOptions.Default).Extract(article);
            var frequencies = new DocumentFrequencies(background);
            var counts = frequencies.Add(raw);
            var terms = new ArrivingArticle("a", null, counts, null, null, null, "").Profile(0, frequencies, 20).Terms;
            var weight = terms.Keys.Zip(terms.Weights).ToDictionary(static p => p.First, static p => p.Second);
            return weight["council"] / weight["harbour"];
        }

        Assert.Equal(1, Ratio(BackgroundFrequencies.Empty), 9);
        Assert.True(Ratio(CouncilBackground()) < 0.6);
    }

    [Fact]
    public void Saved_counts_load_back_equal_and_the_same_counts_give_the_same_bytes()
    {
        var background = CouncilBackground();
        var first = Save(background);
        var loaded = BackgroundFrequencies.Load(new MemoryStream(first));

        Assert.Equal(background.DocumentCount, loaded.DocumentCount);
        Assert.Equal(background.Terms.OrderBy(static p => p.Key), loaded.Terms.OrderBy(static p => p.Key));
        Assert.Equal(background.Names.OrderBy(static p => p.Key), loaded.Names.OrderBy(static p => p.Key));
        Assert.Equal(first, Save(CouncilBackground()));
        Assert.Equal(first, Save(loaded));
    }

    [Fact]
    public void A_file_that_is_not_background_counts_is_refused_with_the_line()
    {
        Assert.Throws<InvalidDataException>(() => BackgroundFrequencies.Load(new MemoryStream(Gzip("hello\n"))));
        var error = Assert.Throws<InvalidDataException>(() => BackgroundFrequencies.Load(
            new MemoryStream(Gzip("parallax-background-frequencies/1\t3\nT\tcouncil\t2\nT\tbudget\n"))));
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_background_counts_news_so_that_common_words_are_frequent()
    {
        var shipped = BackgroundFrequencies.Default;

        Assert.True(shipped.DocumentCount > 1000);
        Assert.True(shipped.Terms.Count > 1000);
        Assert.True(shipped.Terms.GetValueOrDefault("year") > shipped.DocumentCount / 20);
    }

    [Fact]
    public void A_restored_stream_keeps_the_background_it_started_from()
    {
        var background = CouncilBackground();
        var detector = new StreamingStoryDetector(StoryDetectorOptions.Default, background);
        detector.Add([Doc("a", "The council approved the harbour plan.")]);
        detector.TakeChanges();

        var restored = StreamingStoryDetector.Restore(detector.SaveState());

        Assert.Equal(background.DocumentCount, restored.Background.DocumentCount);
        Assert.Equal(background.Terms.OrderBy(static p => p.Key), restored.Background.Terms.OrderBy(static p => p.Key));
        Assert.Equal(detector.SaveState(), restored.SaveState());
    }

    private static byte[] Save(BackgroundFrequencies background)
    {
        using var buffer = new MemoryStream();
        background.Save(buffer);
        return buffer.ToArray();
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
