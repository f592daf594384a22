using Parallax.Sources.Feeds;
using Parallax.Sources.Http;
using Parallax.Sources.Robots;
using Parallax.Storage;
using Parallax.Storage.Watch;

namespace Parallax.Sources.Tests;

/// <summary>Pages, feeds and a store in a temporary folder for the watcher tests.</summary>
internal sealed class WatchFixture : IDisposable
{
    public WatchFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "parallax-sources-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DatabasePath = Path.Combine(Folder, "parallax.db");
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public List<string> Progress { get; } = [];

    public List<string> Problems { get; } = [];

    public static string Page(string title, string topic) => $$"""
        <!DOCTYPE html><html><head><title>{{title}}</title></head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>{{title}}</h1>
        <p>The council of {{topic}} met on Tuesday to discuss the new harbour plan, which has divided residents for months.</p>
        <p>Supporters of the {{topic}} plan say it will bring jobs and visitors, while critics warn of traffic and rising rents.</p>
        <p>The mayor of {{topic}} said a final vote would be held in the spring after another round of public hearings.</p>
        <p>Residents of {{topic}} who spoke at the meeting asked for an independent study of the plan's costs and benefits.</p>
        </article>
        <footer>Copyright 2026</footer></body></html>
        """;

    public static string Rss(params (string Guid, string Link, string? Content)[] items) => $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <title>Test feed</title><link>http://example.com/</link>
        {{string.Concat(items.Select(i => $"<item><guid>{i.Guid}</guid><title>Item {i.Guid}</title><link>{i.Link}</link>"
            + $"<pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate>"
            + (i.Content is null ? "" : $"<content:encoded><![CDATA[{i.Content}]]></content:encoded>") + "</item>"))}}
        </channel></rss>
        """;

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>One "process run": opens the store and state afresh, polls once, closes everything.</summary>
    public async Task<WatchPollSummary> PollOnceAsync(IReadOnlyList<string> inputs, int maxAttempts = 3)
    {
        using var store = SqliteStore.Open(DatabasePath);
        using var state = WatchStateStore.Open(store);
        var (fetcher, policy) = CrawlPolicy.CreatePoliteFetcher(
            FetchOptions.Default with { AllowPrivateNetworks = true }, new CrawlPolicyOptions(), new FakeClock());
        using (fetcher)
        using (policy)
        {
            var watcher = new FeedWatcher(
                fetcher, store, state, new WatchOptions { MaxItemAttempts = maxAttempts }, Progress.Add, Problems.Add, new FakeClock());
            return await watcher.PollOnceAsync(inputs, CancellationToken.None);
        }
    }

    public IReadOnlyList<Parallax.Core.Articles.Article> StoredArticles()
    {
        using var store = SqliteStore.Open(DatabasePath);
        return store.LoadArticles();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }
}
