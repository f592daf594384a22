using System.Xml;
using System.Xml.Linq;

namespace Parallax.Extraction.Feeds;

/// <summary>
/// Loads feed and OPML documents without trusting them: document type declarations are refused (so no entity is
/// ever expanded — "billion laughs" — and nothing external is ever fetched), no resolver is set, and the size and
/// nesting depth are capped, so time and memory are bounded by <see cref="MaxCharactersInDocument"/>.
/// </summary>
internal static class SafeXml
{
    /// <summary>
    /// The largest document read, in characters (about 16 MB of text). Feeds are lists of summaries and rarely
    /// exceed a few hundred kilobytes; the cap is generous for full-content feeds and keeps memory bounded.
    /// </summary>
    public const long MaxCharactersInDocument = 16_000_000;

    // Enough to see the XML declaration, and a DOCTYPE after a few comments.
    private const int HeadBytes = 4096;

    /// <summary>Deeper element nesting than this is refused; real feeds nest a handful of levels, OPML a few more.</summary>
    public const int MaxDepth = 256;

    private static readonly XmlReaderSettings Settings = new()
    {
        // Any DOCTYPE stops the reader before its internal subset is processed, so no entity is ever declared,
        // expanded or fetched; the entity cap is a second line of defence.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = MaxCharactersInDocument,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>The root element, or a problem naming <paramref name="sourceName"/>.</summary>
    public static (XElement? Root, string? Problem) Load(Stream xml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var inProlog = true;
        byte[] head = [];
        try
        {
            head = ReplayStream.ReadHead(xml, HeadBytes);
            var document = new ReplayStream(head, xml);
            using var legacy = XmlHead.LegacyDecoder(head, document);
            using var reader = legacy is null ? XmlReader.Create(document, Settings) : XmlReader.Create(legacy, Settings);
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                return (null, $"{sourceName}: empty: no XML root element");
            }

            inProlog = false;
            var root = (XElement)XNode.ReadFrom(reader);
            // Reading on checks that nothing but comments and white space follow the root.
            while (reader.Read())
            {
            }

            return TooDeep(root) ? (null, $"{sourceName}: refused: elements nest deeper than {MaxDepth} levels") : (root, null);
        }
        catch (XmlException ex) when (inProlog && ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            // The reader refused a DOCTYPE. (Were its message ever worded differently, the document would still be
            // refused, as malformed XML below; only the wording of the problem depends on this test.)
            return (null, XmlHead.IsHtmlDoctype(head)
                ? $"{sourceName}: not a feed: it is an HTML page (<!DOCTYPE html>)"
                : $"{sourceName}: refused: the document has a DTD (<!DOCTYPE ...>); DTDs and entity declarations are not processed, for security");
        }
        catch (XmlException ex)
        {
            return (null, Describe(ex, sourceName));
        }
        catch (IOException ex)
        {
            return (null, $"{sourceName}: could not be read ({ex.Message})");
        }
        catch (System.Text.DecoderFallbackException ex)
        {
            return (null, $"{sourceName}: the text is not valid in its declared encoding ({ex.Message})");
        }
        catch (ArgumentException ex)
        {
            // An unknown encoding name in the XML declaration.
            return (null, $"{sourceName}: unreadable XML declaration ({ex.Message})");
        }
    }

    private static string Describe(XmlException ex, string sourceName)
    {
        var where = ex.LineNumber > 0 ? $" at line {ex.LineNumber}, position {ex.LinePosition}" : "";
        var message = ex.Message;
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        return message.Contains("MaxCharactersInDocument", StringComparison.Ordinal)
            ? $"{sourceName}: too large: more than {MaxCharactersInDocument:N0} characters"
            : $"{sourceName}: malformed XML{where}: {message}";
    }

    // Iterative, so that a hostile nesting depth cannot overflow the stack here or in later recursive walks.
    private static bool TooDeep(XElement root)
    {
        var stack = new Stack<(XElement Element, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth > MaxDepth)
            {
                return true;
            }

            foreach (var child in element.Elements())
            {
                stack.Push((child, depth + 1));
            }
        }

        return false;
    }
}
