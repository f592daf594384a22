namespace Parallax.Extraction.Tests.Feeds;

public sealed class OpmlParserTests
{
    [Fact]
    public void Nested_outlines_give_feeds_with_titles_and_categories()
    {
        const string Opml = """
            <?xml version="1.0"?>
            <opml version="2.0">
              <head><title>My subscriptions</title></head>
              <body>
                <outline text="Top" type="rss" xmlUrl="https://top.example/feed"/>
                <outline text="News">
                  <outline text="Europe">
                    <outline text="Wire EU" title="The Wire (EU)" type="rss" xmlUrl="https://wire.example/eu.rss" htmlUrl="https://wire.example/"/>
                    <outline text="Duplicate" xmlurl="https://top.example/feed"/>
                  </outline>
                  <outline text="Daily" xmlUrl="http://daily.example/rss"/>
                  <outline text="Not web" xmlUrl="ftp://files.example/feed"/>
                  <outline text="Relative" xmlUrl="feed.xml"/>
                </outline>
                <outline text="Empty folder"/>
              </body>
            </opml>
            """;

        var result = FeedXml.ParseOpml(Opml);

        Assert.Null(result.Problem);
        Assert.Collection(
            result.Feeds,
            f => Assert.Equal(("https://top.example/feed", "Top", (string?)null), (f.Url, f.Title, f.Category)),
            f => Assert.Equal(("https://wire.example/eu.rss", "The Wire (EU)", "News / Europe"), (f.Url, f.Title, f.Category)),
            f => Assert.Equal(("http://daily.example/rss", "Daily", "News"), (f.Url, f.Title, f.Category)));
    }

    [Fact]
    public void Non_opml_and_unsafe_documents_are_problems()
    {
        var notOpml = FeedXml.ParseOpml("<rss version=\"2.0\"><channel/></rss>", "list.opml");
        Assert.Empty(notOpml.Feeds);
        Assert.StartsWith("list.opml: not an OPML file", notOpml.Problem, StringComparison.Ordinal);

        var withDtd = FeedXml.ParseOpml("""<!DOCTYPE opml [<!ENTITY x "y">]><opml><body><outline xmlUrl="https://a.example/&x;"/></body></opml>""", "list.opml");
        Assert.Empty(withDtd.Feeds);
        Assert.Contains("DTD", withDtd.Problem, StringComparison.Ordinal);

        var noBody = FeedXml.ParseOpml("<opml><head/></opml>", "list.opml");
        Assert.Contains("no <body>", noBody.Problem, StringComparison.Ordinal);
    }
}
