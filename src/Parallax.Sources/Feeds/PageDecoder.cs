using System.Text;
using System.Text.RegularExpressions;

namespace Parallax.Sources.Feeds;

/// <summary>
/// Turns a fetched page's bytes into text: the byte-order mark, else the HTTP <c>charset</c>, else a
/// <c>&lt;meta charset&gt;</c> in the first 1024 bytes, else strict UTF-8 with Windows-1252 as the fallback.
/// </summary>
/// <remarks>
/// The one place fetched bytes are decoded. Extraction's <c>TextDecoder</c> is internal to that assembly; when it
/// gains its public overload taking the header's charset, <see cref="Decode"/> becomes a call to it.
/// </remarks>
internal static partial class PageDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string? Text, string? Problem) Decode(byte[] bytes, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var bom = Encoding.UTF8.Preamble.Length <= bytes.Length && bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8
            : bytes.AsSpan().StartsWith((byte[])[0xFF, 0xFE]) ? Encoding.Unicode
            : bytes.AsSpan().StartsWith((byte[])[0xFE, 0xFF]) ? Encoding.BigEndianUnicode
            : null;
        if (bom is not null)
        {
            return (bom.GetString(bytes, bom.Preamble.Length, bytes.Length - bom.Preamble.Length), null);
        }

        if (bytes.AsSpan(0, Math.Min(bytes.Length, 8192)).Contains((byte)0))
        {
            return (null, "binary content (contains NUL bytes), not a page");
        }

        var declared = EncodingOf(CharsetOf(contentType)) ?? EncodingOf(MetaCharset(bytes));
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return (declared.GetString(bytes), null);
        }

        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding(1252).GetString(bytes), null);
        }
    }

    private static string? CharsetOf(string? contentType)
    {
        var match = contentType is null ? null : CharsetParameter().Match(contentType);
        return match is { Success: true } ? match.Groups[1].Value : null;
    }

    private static string? MetaCharset(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static Encoding? EncodingOf(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            // WHATWG: a page labelled Latin-1 or ASCII is decoded as Windows-1252.
            var encoding = Encoding.GetEncoding(name.Trim().Trim('"', '\''));
            return encoding.CodePage is 28591 or 20127 ? Encoding.GetEncoding(1252) : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();
}
