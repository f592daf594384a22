using Parallax.Core.Annotations;
using Parallax.Core.Articles;
using Parallax.Storage;
using Parallax.Stories;

namespace Parallax.Cli;

/// <summary>
/// Adds batches of articles to a store and streams the newly stored ones through a
/// <see cref="StreamingStoryDetector"/>, storing the articles, the changed stories and storylines and the detector's
/// state in one transaction per batch. The detector starts from the state the store holds, so adding articles later
/// continues the same stream.
/// </summary>
public sealed class StoredStoryDetection
{
    private readonly SqliteStore store;
    private readonly StoryDetectorOptions? options;
    private StreamingStoryDetector detector;

    /// <summary>Continues the stream saved in <paramref name="store"/>, or starts one.</summary>
    /// <exception cref="InvalidDataException">The saved state was made with other options or cannot be read.</exception>
    public StoredStoryDetection(SqliteStore store, StoryDetectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
        this.options = options;
        detector = Restore();
    }

    /// <summary>The detector, as of the last stored batch.</summary>
    public StreamingStoryDetector Detector => detector;

    /// <summary>Stores the batch and its story update in one transaction.</summary>
    /// <exception cref="StoreException">The write failed; nothing of the batch is stored and the detector is restored from the store.</exception>
    public StoreBatchResult Add(IReadOnlyList<Article> articles)
    {
        try
        {
            return store.AddArticles(articles, added =>
            {
                detector.Add([.. added.Select(static a => new Document(a))]);
                var change = detector.TakeChanges();
                return new StoryStreamUpdate(change, detector.SaveState());
            });
        }
        catch
        {
            // The detector took in a batch the store did not keep: go back to what the store holds.
            detector = Restore();
            throw;
        }
    }

    private StreamingStoryDetector Restore() =>
        store.LoadStoryStreamState() is { } state
            ? StreamingStoryDetector.Restore(state, options)
            : new StreamingStoryDetector(options);
}
