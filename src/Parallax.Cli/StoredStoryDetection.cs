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
    private readonly Func<Article, Document> prepare;
    private StreamingStoryDetector detector;
    private bool stateUnreadable;

    /// <summary>
    /// Continues the stream saved in <paramref name="store"/>, or starts one. A saved state this build cannot read
    /// (another version's, or saved under other options) is replaced: the first <see cref="Add"/> or
    /// <see cref="CatchUp"/> rebuilds the stories from every stored article.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="options">Detector options; null: the saved ones, or the defaults.</param>
    /// <param name="prepare">
    /// Makes the document the detector reads from an article, e.g. with its entities annotated (names then come from
    /// them); null: the bare article.
    /// </param>
    public StoredStoryDetection(SqliteStore store, StoryDetectorOptions? options = null, Func<Article, Document>? prepare = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
        this.options = options;
        this.prepare = prepare ?? (static a => new Document(a));
        try
        {
            detector = Restore();
        }
        catch (InvalidDataException)
        {
            detector = new StreamingStoryDetector(options);
            stateUnreadable = true;
        }
    }

    /// <summary>True when the stored state could not be read and the stories will be rebuilt.</summary>
    public bool RebuildPending => stateUnreadable;

    /// <summary>The detector, as of the last stored batch.</summary>
    public StreamingStoryDetector Detector => detector;

    /// <summary>Stores the batch and its story update in one transaction.</summary>
    /// <exception cref="StoreException">The write failed; nothing of the batch is stored and the detector is restored from the store.</exception>
    public StoreBatchResult Add(IReadOnlyList<Article> articles)
    {
        if (stateUnreadable)
        {
            CatchUp();
        }

        return Guarded(() => store.AddArticles(articles, added => Update(added)));
    }

    /// <summary>
    /// Brings the stored stories up to date with the stored articles: streams the articles no stored story holds
    /// (stored without a story update, e.g. by <c>watch</c>). A store holding stories but no detector state (made by
    /// an earlier version, or by a batch detector), or a state this build cannot read, has its grouping rebuilt by
    /// streaming every stored article.
    /// </summary>
    /// <returns>How many articles were streamed.</returns>
    /// <exception cref="StoreException">The write failed; the stored stories are as before and the detector is restored from the store.</exception>
    public int CatchUp() => Guarded(() =>
    {
        var articles = store.LoadArticles();
        if (stateUnreadable || store.LoadStoryStreamState() is null)
        {
            if (articles.Count == 0)
            {
                stateUnreadable = false;
                return 0;
            }

            detector = new StreamingStoryDetector(options);
            detector.Add([.. articles.AsParallel().AsOrdered().Select(prepare)]);
            var grouping = detector.TakeChanges().ToGrouping();
            store.SaveStories(grouping, detector.SaveState());
            stateUnreadable = false;
            return articles.Count;
        }

        var grouped = store.LoadStories().Stories.SelectMany(static s => s.ArticleIds).ToHashSet(StringComparer.Ordinal);
        var pending = articles.Where(a => !grouped.Contains(a.Id)).ToList();
        if (pending.Count > 0)
        {
            store.UpdateStories(Update(pending));
        }

        return pending.Count;
    });

    private StoryStreamUpdate Update(IReadOnlyList<Article> articles)
    {
        detector.Add([.. articles.AsParallel().AsOrdered().Select(prepare)]);
        var change = detector.TakeChanges();
        return new StoryStreamUpdate(change, detector.SaveState());
    }

    private T Guarded<T>(Func<T> write)
    {
        try
        {
            return write();
        }
        catch
        {
            // The detector took in articles the store did not keep: go back to what the store holds.
            detector = Restore();
            throw;
        }
    }

    private StreamingStoryDetector Restore() =>
        store.LoadStoryStreamState() is { } state
            ? StreamingStoryDetector.Restore(state, options)
            : new StreamingStoryDetector(options);
}
