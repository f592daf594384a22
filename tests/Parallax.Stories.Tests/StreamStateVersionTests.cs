namespace Parallax.Stories.Tests;

/// <summary>States saved by an earlier format version.</summary>
public sealed class StreamStateVersionTests
{
    [Fact]
    public void A_version_4_state_restores_and_continues_as_the_stream_it_was_saved_from()
    {
        // Saved by the version-4 build after the stream's first articles; its keys kept no times, so they count as
        // seen when it was saved, and a stream shorter than the horizon continues exactly as an unbroken one.
        var saved = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "stream-state-v4.bin"));
        var documents = VersionFourStream.Documents();
        var (first, rest) = (documents[..VersionFourStream.SavedAfter], documents[VersionFourStream.SavedAfter..]);

        var unbroken = new StreamingStoryDetector(VersionFourStream.Options);
        unbroken.Add(first);
        unbroken.TakeChanges();
        unbroken.Add(rest);
        var restored = StreamingStoryDetector.Restore(saved, VersionFourStream.Options);
        restored.Add(rest);

        Assert.Equal(first.Length, restored.ArticleCount - rest.Length);
        Assert.Equal(Describe(unbroken.TakeChanges()), Describe(restored.TakeChanges()));

        // Saved again, it is a current state (the keys' times now differ from the unbroken stream's) that round-trips.
        var resaved = restored.SaveState();
        Assert.StartsWith("\u0017parallax-story-stream/7", System.Text.Encoding.UTF8.GetString(resaved), StringComparison.Ordinal);
        Assert.Equal(resaved, StreamingStoryDetector.Restore(resaved).SaveState());
    }

    [Fact]
    public void A_version_5_state_with_storylines_restores_and_continues_as_the_stream_it_was_saved_from() =>
        // Saved by the version-5 build after four bursts of three subjects: storylines of several stories, each story
        // kept with its size and title; this build keeps the title of the one that names the storyline.
        AssertContinuesAsTheUnbrokenStream("stream-state-v5.bin");

    [Fact]
    public void A_version_6_state_with_storylines_restores_and_continues_as_the_stream_it_was_saved_from() =>
        // Saved by the version-6 build from the same stream after the same articles: storylines listing every story,
        // and open stories reported in tentative storylines; this build keeps the storylines' counts and, of what was
        // reported, the stories reported tentatively.
        AssertContinuesAsTheUnbrokenStream("stream-state-v6.bin");

    /// <summary>
    /// A state saved after the first part of <see cref="VersionFiveStream"/>, restored and given the rest, reports the
    /// change the unbroken stream reports (a store holding the first part then holds the same grouping), and saved
    /// again it is the unbroken stream's state in the current version.
    /// </summary>
    private static void AssertContinuesAsTheUnbrokenStream(string fixture)
    {
        var saved = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture));
        var documents = VersionFiveStream.Documents();
        var (first, rest) = (documents[..VersionFiveStream.SavedAfter], documents[VersionFiveStream.SavedAfter..]);

        var unbroken = new StreamingStoryDetector(VersionFiveStream.Options);
        unbroken.Add(first);
        var firstChange = unbroken.TakeChanges();
        unbroken.Add(rest);
        var restored = StreamingStoryDetector.Restore(saved, VersionFiveStream.Options);
        restored.Add(rest);

        var (expected, actual) = (new GroupingModel(), new GroupingModel());
        expected.Apply(firstChange);
        actual.Apply(firstChange);
        expected.Apply(unbroken.TakeChanges());
        actual.Apply(restored.TakeChanges());
        Assert.Equal(expected.Describe(), actual.Describe());
        Assert.Contains(
            expected.Describe().Split('\n'),
            static l => l.StartsWith("line ", StringComparison.Ordinal) && l[l.IndexOf("]: ", StringComparison.Ordinal)..].Count(c => c == ',') == VersionFiveStream.Bursts - 1);

        var resaved = restored.SaveState();
        Assert.StartsWith("\u0017parallax-story-stream/7", System.Text.Encoding.UTF8.GetString(resaved), StringComparison.Ordinal);
        Assert.Equal(unbroken.SaveState(), resaved);
    }

    private static string Describe(Parallax.Core.Stories.StoryGroupingChange change)
    {
        var model = new GroupingModel();
        model.Apply(change);
        return model.Describe();
    }
}
