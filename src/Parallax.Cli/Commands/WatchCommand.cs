using System.CommandLine;
using System.Runtime.InteropServices;
using Parallax.Sources.Feeds;
using Parallax.Sources.Http;
using Parallax.Sources.Robots;
using Parallax.Storage;
using Parallax.Storage.Watch;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax watch FEEDS... [--db FILE] [--interval 15m] [--once] [--allow-private-networks]</c>.</summary>
internal static class WatchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var feeds = new Argument<string[]>("FEEDS")
        {
            Description = "RSS 2.0, RSS 1.0 or Atom feeds, or OPML files listing feeds: http(s) URLs or file paths.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = new Option<string>("--db")
        {
            Description = "The SQLite store the articles are added to; the watch state is kept in the same file.",
            DefaultValueFactory = _ => SqliteStore.DefaultPath,
        };
        var interval = new Option<string>("--interval")
        {
            Description = "Time between polls, e.g. 90s, 15m, 2h (a bare number is minutes; at least 10 s).",
            DefaultValueFactory = _ => "15m",
        };
        var once = new Option<bool>("--once") { Description = "Poll every feed once and exit." };
        var allowPrivate = new Option<bool>("--allow-private-networks")
        {
            Description = "Allow requests to loopback, private and link-local addresses (refused by default).",
        };
        var attempts = new Option<int>("--max-attempts")
        {
            Description = "How many polls try an item whose page cannot be had before giving it up.",
            DefaultValueFactory = _ => 3,
        };

        var command = new Command(
            "watch",
            "Poll feeds, fetch new items' pages politely (robots.txt, at least 1 s between requests to a host), extract them and add them to the store.")
        {
            feeds, db, interval, once, allowPrivate, attempts,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!WatchInterval.TryParse(parse.GetValue(interval), out var every, out var problem))
            {
                error.WriteLine($"parallax: {problem}");
                return ExitCodes.NothingAnalysed;
            }

            if (parse.GetValue(attempts) < 1)
            {
                error.WriteLine("parallax: --max-attempts must be at least 1");
                return ExitCodes.NothingAnalysed;
            }

            var settings = new WatchOptions { Interval = every, MaxItemAttempts = parse.GetValue(attempts) };
            return await RunStoppableAsync(
                parse.GetValue(feeds) ?? [],
                parse.GetValue(db) ?? SqliteStore.DefaultPath,
                settings,
                parse.GetValue(once),
                parse.GetValue(allowPrivate),
                output,
                error,
                cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunStoppableAsync(
        string[] inputs,
        string dbPath,
        WatchOptions settings,
        bool once,
        bool allowPrivate,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        // Ctrl+C (SIGINT) and SIGTERM stop the watcher between steps instead of killing the process mid-write.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        try
        {
            return await RunAsync(inputs, dbPath, settings, once, allowPrivate, output, error, stop.Token).ConfigureAwait(false);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static async Task<int> RunAsync(
        string[] inputs,
        string dbPath,
        WatchOptions settings,
        bool once,
        bool allowPrivate,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        var fetchOptions = FetchOptions.Default with
        {
            AllowPrivateNetworks = allowPrivate,
            UserAgent = FetchOptions.DefaultUserAgent(typeof(WatchCommand).Assembly),
        };
        try
        {
            using var store = SqliteStore.Open(dbPath);
            using var state = WatchStateStore.Open(store);
            var (fetcher, policy) = CrawlPolicy.CreatePoliteFetcher(fetchOptions, new CrawlPolicyOptions());
            using (fetcher)
            using (policy)
            {
                var watcher = new FeedWatcher(fetcher, store, state, settings, output.WriteLine, error.WriteLine);
                if (once)
                {
                    var summary = await watcher.PollOnceAsync(inputs, cancellationToken).ConfigureAwait(false);
                    output.WriteLine(
                        $"{summary.Feeds} feeds polled ({summary.NotModified} not modified, {summary.FeedProblems} with problems), "
                        + $"{summary.ArticlesAdded} articles added ({summary.FromFeedContent} from feed content), {summary.ItemsFailed} items failed");
                    return summary.Feeds > 0 ? ExitCodes.Success : ExitCodes.NothingAnalysed;
                }

                output.WriteLine($"watching {inputs.Length} inputs every {settings.Interval}; Ctrl+C stops");
                await watcher.RunAsync(inputs, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: every stored article and its seen mark are already committed.
            output.WriteLine("stopped");
            return ExitCodes.Success;
        }
        catch (StoreException e)
        {
            error.WriteLine($"parallax: {e.Message}");
            return ExitCodes.NothingAnalysed;
        }
    }
}
