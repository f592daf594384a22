namespace Parallax.Cli.Tests;

/// <summary><c>parallax watch</c>: mounted, validates its options, and a second <c>--once</c> run adds nothing new.</summary>
public sealed class WatchCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "parallax-watch-cli-tests", Guid.NewGuid().ToString("N"));

    public WatchCommandTests() => Directory.CreateDirectory(folder);

    [Fact]
    public void Once_stores_a_feed_items_own_content_when_its_page_is_refused_and_a_rerun_adds_nothing()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<p>Paragraph {i} of the feed's own copy explains in full sentences what the harbour council decided.</p>"));

        // The page is on loopback, refused without --allow-private-networks: the feed's own content stands in.
        var feed = Path.Combine(folder, "feed.xml");
        File.WriteAllText(feed, $"""
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
            <item><guid>g1</guid><title>Harbour vote</title><link>http://127.0.0.1:9/story</link>
            <content:encoded><![CDATA[{paragraphs}]]></content:encoded></item></channel></rss>
            """);
        var db = Path.Combine(folder, "watch.db");

        var (code, output, error) = Run(["watch", feed, "--once", "--db", db]);
        var (again, secondOutput, _) = Run(["watch", feed, "--once", "--db", db]);

        Assert.Equal(0, code);
        Assert.Contains("1 articles added (1 from feed content)", output, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:9/story", output, StringComparison.Ordinal);
        Assert.Equal("", error);
        Assert.Equal(0, again);
        Assert.Contains("0 articles added", secondOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("5s")]
    [InlineData("-3m")]
    public void A_bad_interval_is_named_and_exits_with_2(string interval)
    {
        var (code, _, error) = Run(["watch", "feed.xml", "--interval", interval, "--db", Path.Combine(folder, "x.db")]);

        Assert.Equal(2, code);
        Assert.Contains("--interval", error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_no_feed_can_be_read_the_exit_code_is_2()
    {
        var missing = Path.Combine(folder, "missing.xml");

        var (code, _, error) = Run(["watch", missing, "--once", "--db", Path.Combine(folder, "y.db")]);

        Assert.Equal(2, code);
        Assert.Contains(missing, error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }

    private static (int Code, string Output, string Error) Run(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ParallaxCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
