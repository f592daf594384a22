using Parallax.Core.Articles;
using Parallax.Extraction.Feeds;
using Parallax.Sources.Http;
using Parallax.Storage;
using Parallax.Storage.Watch;

namespace Parallax.Sources.Feeds;

/// <summary>
/// Polls RSS 2.0, RSS 1.0 and Atom feeds (files or URLs; OPML files or URLs expand to the feeds they list), fetches
/// each new item's page, extracts it and adds it to the store. Feed URLs are fetched conditionally (ETag /
/// Last-Modified). State lives in the store's file (<see cref="WatchStateStore"/>): an item is marked seen only
/// after its article is stored, and a feed's validators are saved only once every item of that response is
/// handled, so a restart neither refetches nor loses anything. Every event is reported in one line naming the feed
/// or URL and the reason.
/// </summary>
/// <remarks>Polls run one at a time; the fetcher's gate (robots.txt, per-host spacing) decides the pace.</remarks>
public sealed class FeedWatcher
{
    private readonly HttpFetcher fetcher;
    private readonly SqliteStore store;
    private readonly WatchStateStore state;
    private readonly WatchOptions options;
    private readonly ICrawlClock clock;
    private readonly Action<string> progress;
    private readonly Action<string> problem;

    /// <summary>A watcher storing into <paramref name="store"/>, keeping its state in <paramref name="state"/>; <paramref name="progress"/> and <paramref name="problem"/> receive one line per event.</summary>
    public FeedWatcher(
        HttpFetcher fetcher,
        SqliteStore store,
        WatchStateStore state,
        WatchOptions options,
        Action<string> progress,
        Action<string> problem,
        ICrawlClock? clock = null)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(problem);
        this.fetcher = fetcher;
        this.store = store;
        this.state = state;
        this.options = options;
        this.progress = progress;
        this.problem = problem;
        this.clock = clock ?? SystemCrawlClock.Instance;
    }

    /// <summary>Polls until <paramref name="cancellationToken"/> is cancelled, one poll every <see cref="WatchOptions.Interval"/>.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; everything stored so far stays stored.</exception>
    public async Task RunAsync(IReadOnlyList<string> inputs, CancellationToken cancellationToken)
    {
        while (true)
        {
            var started = clock.UtcNow;
            await PollOnceAsync(inputs, cancellationToken).ConfigureAwait(false);
            var wait = started + options.Interval - clock.UtcNow;
            progress($"next poll in {Math.Max(0, wait.TotalSeconds):0} s");
            await clock.DelayAsync(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Polls every feed once.</summary>
    /// <param name="inputs">Feed or OPML URLs (http/https) and file paths.</param>
    /// <param name="cancellationToken">Stops between items; what was stored stays stored.</param>
    /// <exception cref="StoreException">The store cannot be written.</exception>
    public async Task<WatchPollSummary> PollOnceAsync(IReadOnlyList<string> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var tally = new Tally();
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await PollInputAsync(input, tally, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not (OperationCanceledException or StoreException or OutOfMemoryException))
            {
                // A defect met on one feed must cost that feed, not the poll; a broken store stops everything.
                tally.FeedProblems++;
                problem($"{input}: could not be processed ({e.GetType().Name}: {e.Message})");
            }
        }

        return new WatchPollSummary(tally.Feeds, tally.FeedProblems, tally.NotModified, tally.Added, tally.FromFeedContent, tally.ItemsFailed);
    }

    private async Task PollInputAsync(string input, Tally tally, CancellationToken cancellationToken)
    {
        var feedState = state.LoadFeed(input);
        var (bytes, fetched) = await ReadAsync(input, feedState, tally, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return;
        }

        using (var stream = new MemoryStream(bytes, writable: false))
        {
            if (OpmlParser.Parse(stream, input) is { Problem: null, Feeds: var listed })
            {
                progress($"{input}: OPML lists {listed.Length} feeds");
                foreach (var feed in listed)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var listedState = state.LoadFeed(feed.Url);
                    var (feedBytes, feedFetched) = await ReadAsync(feed.Url, listedState, tally, cancellationToken).ConfigureAwait(false);
                    if (feedBytes is not null)
                    {
                        await PollFeedAsync(feed.Url, feedBytes, feedFetched, listedState, tally, cancellationToken).ConfigureAwait(false);
                    }
                }

                return;
            }
        }

        await PollFeedAsync(input, bytes, fetched, feedState, tally, cancellationToken).ConfigureAwait(false);
    }

    // The feed's bytes, or null when there is nothing to read (not modified, or a problem, already reported).
    private async Task<(byte[]? Bytes, FetchResult? Fetched)> ReadAsync(string input, WatchFeedState? feedState, Tally tally, CancellationToken cancellationToken)
    {
        if (!IsWebUrl(input, out var url))
        {
            var (bytes, fileProblem) = ReadFile(input);
            if (bytes is null)
            {
                tally.FeedProblems++;
                problem($"{input}: {fileProblem}");
            }

            return (bytes, null);
        }

        var validators = feedState is null ? null : new HttpValidators(feedState.ETag, feedState.LastModified);
        var result = await fetcher.FetchAsync(url, validators, cancellationToken).ConfigureAwait(false);
        if (result.NotModified)
        {
            tally.Feeds++;
            tally.NotModified++;
            state.SaveFeed(new WatchFeedState(input, feedState?.ETag, feedState?.LastModified, clock.UtcNow));
            progress($"{input}: not modified");
            return (null, null);
        }

        if (!result.IsSuccess)
        {
            tally.FeedProblems++;
            problem($"{input}: feed not fetched: {result.Describe()}");
            return (null, null);
        }

        return (result.Body, result);
    }

    private async Task PollFeedAsync(string feedKey, byte[] bytes, FetchResult? fetched, WatchFeedState? feedState, Tally tally, CancellationToken cancellationToken)
    {
        FeedParseResult parsed;
        using (var stream = new MemoryStream(bytes, writable: false))
        {
            parsed = FeedParser.Parse(stream, feedKey);
        }

        if (parsed.Feed is not { } feed)
        {
            tally.FeedProblems++;
            problem(parsed.Problem!);
            return;
        }

        tally.Feeds++;
        var items = state.LoadItems(feedKey);
        var allHandled = true;
        var added = 0;
        foreach (var item in feed.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = item.Id ?? item.Link;
            if (key is null || items.GetValueOrDefault(key)?.Status is WatchItemStatus.Seen or WatchItemStatus.GivenUp)
            {
                continue;
            }

            var (article, reason, fromFeed) = await ArticleForAsync(item, cancellationToken).ConfigureAwait(false);
            if (article is not null)
            {
                // Stored first, marked seen second: a crash in between means one refetch, and the store keeps one copy.
                var stored = store.AddArticles([article]);
                state.MarkSeen(feedKey, key, clock.UtcNow);
                added++;
                tally.Added += stored.Added.Length;
                tally.FromFeedContent += fromFeed ? 1 : 0;
                var how = stored.Added.IsEmpty ? "already stored" : fromFeed ? $"stored from the feed's own content ({reason})" : "stored";
                progress($"{feedKey}: {item.Link ?? key}: {how}: {article.Title ?? article.Id}");
                continue;
            }

            tally.ItemsFailed++;
            var after = state.RecordFailure(feedKey, key, reason!, options.MaxItemAttempts, clock.UtcNow);
            if (after.Status == WatchItemStatus.Failed)
            {
                allHandled = false;
                problem($"{feedKey}: {item.Link ?? key}: {reason} (attempt {after.Attempts} of {options.MaxItemAttempts}; retried next poll)");
            }
            else
            {
                problem($"{feedKey}: {item.Link ?? key}: {reason} (attempt {after.Attempts} of {options.MaxItemAttempts}; given up)");
            }
        }

        // New validators only when nothing is left to retry: otherwise a 304 next time would hide the items that failed.
        var keepNew = fetched is not null && allHandled;
        state.SaveFeed(new WatchFeedState(
            feedKey,
            keepNew ? fetched!.ETag : feedState?.ETag,
            keepNew ? fetched!.LastModified : feedState?.LastModified,
            clock.UtcNow));
        progress($"{feedKey}: {feed.Items.Length} items, {added} new");
    }

    private async Task<(Article? Article, string? Reason, bool FromFeed)> ArticleForAsync(Parallax.Extraction.Feeds.FeedItem item, CancellationToken cancellationToken)
    {
        string reason;
        if (item.Link is null || !Uri.TryCreate(item.Link, UriKind.Absolute, out var link))
        {
            reason = "the item has no link to a page";
        }
        else
        {
            var page = await fetcher.FetchAsync(link, null, cancellationToken).ConfigureAwait(false);
            if (!page.IsSuccess)
            {
                reason = WithoutUrl(page.Describe(), link);
            }
            else if (ExtractPage(page, item, out var article) is { } extractProblem)
            {
                reason = WithoutUrl(extractProblem, link);
            }
            else
            {
                return (article, null, false);
            }
        }

        var fallback = PageArticles.FromFeedContent(item.Link ?? item.Id ?? "", item, options.MinFeedContentCharacters);
        return fallback is not null ? (fallback, reason, true) : (null, reason, false);
    }

    // Null when the page became an article; else why not.
    private static string? ExtractPage(FetchResult page, Parallax.Extraction.Feeds.FeedItem item, out Article? article)
    {
        article = null;
        var mediaType = page.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not (null or "" or "text/html" or "application/xhtml+xml" or "application/octet-stream"))
        {
            return $"{page.FinalUrl}: not an HTML page ({mediaType})";
        }

        var (html, decodeProblem) = Parallax.Extraction.Input.TextDecoder.Decode(page.Body, page.ContentType);
        if (html is null)
        {
            return $"{page.FinalUrl}: {decodeProblem}";
        }

        Parallax.Extraction.ArticleReadResult result;
        try
        {
            result = PageArticles.FromHtml(item.Link!, html, item);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"{page.FinalUrl}: could not be extracted ({e.GetType().Name}: {e.Message})";
        }

        article = result.Article;
        return article is null ? $"{page.FinalUrl}: {result.Problem?.Reason ?? PageArticles.NoArticleText}" : null;
    }

    private (byte[]? Bytes, string? Problem) ReadFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, Directory.Exists(path) ? "is a folder, not a feed file" : "file not found (and not an http(s) URL)");
            }

            if (info.Length > options.MaxFileBytes)
            {
                return (null, $"file of {info.Length:N0} bytes exceeds the limit of {options.MaxFileBytes:N0} bytes");
            }

            return (File.ReadAllBytes(path), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, $"cannot read the file ({e.Message})");
        }
    }

    // The problem line already names the item's link; repeat a URL only when a redirect led elsewhere.
    private static string WithoutUrl(string reason, Uri link)
    {
        var prefix = link + ": ";
        return reason.StartsWith(prefix, StringComparison.Ordinal) ? reason[prefix.Length..] : reason;
    }

    private static bool IsWebUrl(string input, out Uri url) =>
        Uri.TryCreate(input, UriKind.Absolute, out url!) && url.Scheme is "http" or "https";

    private sealed class Tally
    {
        public int Feeds { get; set; }

        public int FeedProblems { get; set; }

        public int NotModified { get; set; }

        public int Added { get; set; }

        public int FromFeedContent { get; set; }

        public int ItemsFailed { get; set; }
    }
}
