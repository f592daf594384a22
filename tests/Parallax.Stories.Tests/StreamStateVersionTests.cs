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
        Assert.StartsWith("\u0017parallax-story-stream/6", System.Text.Encoding.UTF8.GetString(resaved), StringComparison.Ordinal);
        Assert.Equal(resaved, StreamingStoryDetector.Restore(resaved).SaveState());
    }

    [Fact]
    public void A_version_5_state_with_storylines_restores_and_continues_as_the_stream_it_was_saved_from()
    {
        // Saved by the version-5 build after four bursts of three subjects: storylines of several stories, each story
        // kept with its size and title; this build keeps the title of the one that names the storyline.
        var saved = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "stream-state-v5.bin"));
        var documents = VersionFiveStream.Documents();
        var (first, rest) = (documents[..VersionFiveStream.SavedAfter], documents[VersionFiveStream.SavedAfter..]);

        var unbroken = new StreamingStoryDetector(VersionFiveStream.Options);
        unbroken.Add(first);
        unbroken.TakeChanges();
        unbroken.Add(rest);
        var restored = StreamingStoryDetector.Restore(saved, VersionFiveStream.Options);
        restored.Add(rest);

        // The change after the restore lists storylines whose earlier stories were reported before it, so it is
        // compared as it is, not as a grouping of its own.
        var change = restored.TakeChanges();
        Assert.Equal(GroupingModel.Describe(unbroken.TakeChanges().ToGrouping()), GroupingModel.Describe(change.ToGrouping()));
        Assert.Contains(change.Storylines, static l => l.StoryIds.Length == VersionFiveStream.Bursts);

        // Saved again it is the state of the unbroken stream, as version 6.
        var resaved = restored.SaveState();
        Assert.StartsWith("\u0017parallax-story-stream/6", System.Text.Encoding.UTF8.GetString(resaved), StringComparison.Ordinal);
        Assert.Equal(unbroken.SaveState(), resaved);
    }

    private static string Describe(Parallax.Core.Stories.StoryGroupingChange change)
    {
        var model = new GroupingModel();
        model.Apply(change);
        return model.Describe();
    }
}
