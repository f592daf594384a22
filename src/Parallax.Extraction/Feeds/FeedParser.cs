using System.Xml.Linq;

namespace Parallax.Extraction.Feeds;

/// <summary>
/// Parses RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom feeds from a stream, safely: a document with a DTD is
/// refused (so entities are never expanded and nothing external is ever fetched), documents over
/// <see cref="MaxCharactersInDocument"/> characters or nested deeper than 256 levels are refused, and malformed
/// XML is reported with its line and position. The parser does no I/O beyond reading the stream; it is stateless
/// and thread-safe.
/// </summary>
public static class FeedParser
{
    /// <summary>The largest feed read, in characters; larger ones are a problem rather than a memory risk.</summary>
    public const long MaxCharactersInDocument = SafeXml.MaxCharactersInDocument;

    /// <summary>
    /// Parses <paramref name="xml"/> (its encoding taken from the BOM or XML declaration, UTF-8 by default).
    /// Never throws for bad input: the result's <see cref="FeedParseResult.Problem"/> names
    /// <paramref name="sourceName"/> and says what is wrong. The stream is left open.
    /// </summary>
    public static FeedParseResult Parse(Stream xml, string sourceName)
    {
        var (root, problem) = SafeXml.Load(xml, sourceName);
        if (root is null)
        {
            return FeedParseResult.Failure(problem!);
        }

        if (root.Name.LocalName == "rss" && root.Name.Namespace == XNamespace.None)
        {
            return FeedNames.RssChild(root, "channel") is { } channel
                ? FeedParseResult.Success(RssReader.ReadChannel(channel))
                : FeedParseResult.Failure($"{sourceName}: not a feed: <rss> has no <channel>");
        }

        if (root.Name == FeedNames.Rdf + "RDF")
        {
            return RssReader.ReadRdf(root) is { } feed
                ? FeedParseResult.Success(feed)
                : FeedParseResult.Failure($"{sourceName}: not a feed: <rdf:RDF> has no RSS 1.0 <channel>");
        }

        if (root.Name.LocalName == "feed" && FeedNames.IsAtom(root.Name))
        {
            return FeedParseResult.Success(AtomReader.Read(root));
        }

        return FeedParseResult.Failure(
            $"{sourceName}: not a feed: the root element is <{root.Name.LocalName}>, not RSS <rss>, RSS 1.0 <rdf:RDF> or Atom <feed>");
    }
}
