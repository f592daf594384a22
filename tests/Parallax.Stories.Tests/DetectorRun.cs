using Parallax.Core.Annotations;

namespace Parallax.Stories.Tests;

/// <summary>Streams batches through one detector, as a store does, and returns the grouping and the last saved state.</summary>
internal static class DetectorRun
{
    /// <summary>
    /// The grouping described by <see cref="GroupingModel"/> and the state saved after the last batch; with
    /// <paramref name="restoreBetweenBatches"/> the detector is rebuilt from its saved state after every batch.
    /// </summary>
    public static (string Grouping, byte[] State) Stream(
        Document[][] batches, int chunkSize = 64, bool restoreBetweenBatches = false, StoryDetectorOptions? options = null)
    {
        var detector = new StreamingStoryDetector(options) { PipelineChunkSize = chunkSize };
        var model = new GroupingModel();
        var state = Array.Empty<byte>();
        foreach (var batch in batches)
        {
            detector.Add(batch);
            model.Apply(detector.TakeChanges());
            state = detector.SaveState();
            if (restoreBetweenBatches)
            {
                detector = StreamingStoryDetector.Restore(state, options);
            }
        }

        return (model.Describe(), state);
    }
}
