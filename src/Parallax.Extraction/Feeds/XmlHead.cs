using System.Text;
using Parallax.Extraction.Metadata;

namespace Parallax.Extraction.Feeds;

/// <summary>What the first bytes of an XML document say about it: its declared encoding and its DOCTYPE.</summary>
internal static class XmlHead
{
    /// <summary>
    /// A text reader for a document whose XML declaration names a legacy code page the runtime does not decode by
    /// itself (windows-1252, windows-1251, koi8-r, shift_jis, ...), or null when the XML reader can decode the
    /// bytes itself (UTF-8, UTF-16, ISO-8859-1, ASCII, or a byte-order mark is present).
    /// </summary>
    public static TextReader? LegacyDecoder(ReadOnlySpan<byte> head, Stream document)
    {
        var name = DeclaredEncoding(head);
        if (name is null || IsBuiltIn(name))
        {
            return null;
        }

        // The code-page tables ship with the runtime; asking the provider directly avoids registering it
        // process-wide.
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(name);
        return encoding is null ? null : new StreamReader(document, encoding, detectEncodingFromByteOrderMarks: false);
    }

    /// <summary>True when the head holds <c>&lt;!DOCTYPE html</c>: an HTML page rather than a feed.</summary>
    public static bool IsHtmlDoctype(ReadOnlySpan<byte> head)
    {
        var text = Ascii(head);
        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        return doctype >= 0 && WhiteSpace.Collapse(text[(doctype + 9)..]).StartsWith("html", StringComparison.OrdinalIgnoreCase);
    }

    private static string? DeclaredEncoding(ReadOnlySpan<byte> head)
    {
        if (!head.StartsWith("<?xml"u8))
        {
            return null; // A BOM, UTF-16 or no declaration: the XML reader's own detection applies.
        }

        var text = Ascii(head);
        var end = text.IndexOf("?>", StringComparison.Ordinal);
        var declaration = end < 0 ? text : text[..end];
        var at = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = declaration[(at + 8)..].TrimStart();
        if (!rest.StartsWith('='))
        {
            return null;
        }

        rest = rest[1..].TrimStart();
        if (rest.Length < 2 || rest[0] is not ('"' or '\''))
        {
            return null;
        }

        var close = rest.IndexOf(rest[0], 1);
        return close > 1 ? rest[1..close].Trim() : null;
    }

    private static bool IsBuiltIn(string name)
    {
        try
        {
            _ = Encoding.GetEncoding(name);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // The head as ASCII, zero bytes (UTF-16) skipped and other bytes replaced, for finding markup in it.
    private static string Ascii(ReadOnlySpan<byte> head)
    {
        var builder = new StringBuilder(head.Length);
        foreach (var b in head)
        {
            if (b != 0)
            {
                builder.Append(b < 128 ? (char)b : '?');
            }
        }

        return builder.ToString();
    }
}
