using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Parallax.Extraction.Input;

/// <summary>
/// Turns bytes into text, in the order of the WHATWG encoding sniffing algorithm: a byte order mark (UTF-8,
/// UTF-16 LE/BE) wins; then the charset a transport declares (an HTTP or WARC Content-Type); then, for web pages,
/// what the document declares in its first 1024 bytes (&lt;meta charset&gt;, &lt;meta http-equiv&gt;, an XML
/// declaration); then UTF-16 without a BOM, strict UTF-8, a declaration later in the page (a browser changes to it
/// when its parser meets one), and Windows-1252 last. Labels are read as the WHATWG Encoding Standard reads them (ISO-8859-1 and ASCII mean Windows-1252). Binary data is refused. Thread-safe.
/// </summary>
/// <remarks>
/// A declaration wins over what the bytes look like, as in browsers, with one exception that only ever removes
/// replacement characters: bytes that are invalid in the declared encoding but valid UTF-8 are read as UTF-8.
/// UTF-8 (declared or guessed) that is not valid is read as UTF-8 with replacement characters only when its valid
/// multi-byte sequences outnumber the invalid bytes (a UTF-8 page with a stray byte); otherwise as Windows-1252,
/// so a mislabelled Western page does not turn into runs of U+FFFD.
/// </remarks>
public static class TextDecoder
{
    private const int SampleBytes = 8192;

    private static readonly UnicodeEncoding Utf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);
    private static readonly UnicodeEncoding Utf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);

    /// <summary>
    /// Decodes plain text that carries no declaration of its own (a .txt or JSON file): BOM, UTF-16 without BOM,
    /// strict UTF-8, Windows-1252. Markup inside the text is not read for a charset.
    /// </summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes) => Decode(bytes, null, readDocumentDeclaration: false);

    /// <summary>
    /// Decodes a web page: BOM, then <paramref name="declaredCharset"/> (the charset parameter or label from an
    /// HTTP / WARC Content-Type; null or an unknown label when there is none), then the page's own &lt;meta&gt; or
    /// XML declaration within its first 1024 bytes, then UTF-16 without BOM, strict UTF-8 and Windows-1252.
    /// </summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset) =>
        Decode(bytes, declaredCharset, readDocumentDeclaration: true);

    private static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, bool readDocumentDeclaration)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return CheckDecoded(DecodeUtf8(bytes[3..]));
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return CheckDecoded(Utf16Le.GetString(bytes[2..]));
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return CheckDecoded(Utf16Be.GetString(bytes[2..]));
        }

        var declared = EncodingLabels.Resolve(CharsetPrescan.CharsetFromContentType(declaredCharset) ?? declaredCharset);
        if (declared is null && readDocumentDeclaration)
        {
            declared = CharsetPrescan.Find(bytes);
        }

        if (declared is { } codePage and not (EncodingLabels.Utf16Le or EncodingLabels.Utf16Be))
        {
            // UTF-16 declared without a BOM is left to the guess below, which checks the byte pattern.
            return DecodeDeclared(bytes, codePage);
        }

        var utf16 = GuessUtf16WithoutBom(bytes);
        if (utf16 is not null)
        {
            return CheckDecoded(utf16.GetString(bytes));
        }

        if (bytes.Contains((byte)0))
        {
            return new DecodedText(null, "binary file (contains NUL bytes)");
        }

        if (ControlShare(bytes) > 0.05)
        {
            return new DecodedText(null, "binary file (too many control characters)");
        }

        // Not UTF-8 and nothing declared where the prescan looks: a declaration further on is what a browser would
        // switch to once its parser met it.
        if (Utf8.IsValid(bytes))
        {
            return CheckDecoded(Encoding.UTF8.GetString(bytes));
        }

        if (readDocumentDeclaration
            && CharsetPrescan.Find(bytes, CharsetPrescan.LateDeclarationBytes) is { } late
            and not (EncodingLabels.Utf16Le or EncodingLabels.Utf16Be))
        {
            return DecodeDeclared(bytes, late);
        }

        return CheckDecoded(DecodeUtf8(bytes));
    }

    private static DecodedText DecodeDeclared(ReadOnlySpan<byte> bytes, int codePage)
    {
        if (codePage == EncodingLabels.Utf8)
        {
            return CheckDecoded(DecodeUtf8(bytes));
        }

        if (codePage == EncodingLabels.Windows1252CodePage)
        {
            return CheckDecoded(Windows1252.Decode(bytes));
        }

        try
        {
            return CheckDecoded(EncodingLabels.Strict(codePage).GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            // The bytes are not valid in the declared encoding. If they are valid UTF-8 the declaration is plainly
            // wrong; otherwise the declaration still wins and the bad bytes become replacement characters.
            return Utf8.IsValid(bytes) && !Ascii.IsValid(bytes)
                ? CheckDecoded(Encoding.UTF8.GetString(bytes))
                : CheckDecoded(EncodingLabels.Lenient(codePage).GetString(bytes));
        }
        catch (ArgumentException)
        {
            return CheckDecoded(DecodeUtf8(bytes)); // The runtime lacks the code page after all.
        }
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var (multiByte, invalid) = CountUtf8Sequences(bytes);
        return multiByte > invalid ? Encoding.UTF8.GetString(bytes) : Windows1252.Decode(bytes);
    }

    private static (int MultiByte, int Invalid) CountUtf8Sequences(ReadOnlySpan<byte> bytes)
    {
        int multiByte = 0, invalid = 0;
        while (!bytes.IsEmpty)
        {
            var ascii = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (ascii < 0)
            {
                break;
            }

            bytes = bytes[ascii..];
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                multiByte++;
            }
            else
            {
                invalid++;
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return (multiByte, invalid);
    }

    private static DecodedText CheckDecoded(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return new DecodedText(null, "binary file (contains NUL characters)");
            }

            if (IsSuspiciousControl(c))
            {
                control++;
            }
        }

        return text.Length > 0 && control > text.Length * 0.05
            ? new DecodedText(null, "binary file (too many control characters)")
            : new DecodedText(text, null);
    }

    // Text in UTF-16 without a BOM shows NUL as the high byte of nearly every ASCII character, on one parity only.
    private static UnicodeEncoding? GuessUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var length = Math.Min(bytes.Length, SampleBytes) & ~1;
        if (length < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < length; i += 2)
        {
            if (bytes[i] == 0)
            {
                evenZeros++;
            }

            if (bytes[i + 1] == 0)
            {
                oddZeros++;
            }
        }

        var pairs = length / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05)
        {
            return Utf16Le;
        }

        return evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05 ? Utf16Be : null;
    }

    private static double ControlShare(ReadOnlySpan<byte> bytes)
    {
        var length = Math.Min(bytes.Length, SampleBytes);
        if (length == 0)
        {
            return 0;
        }

        var control = 0;
        for (var i = 0; i < length; i++)
        {
            if (IsSuspiciousControl((char)bytes[i]))
            {
                control++;
            }
        }

        return (double)control / length;
    }

    private static bool IsSuspiciousControl(char c) => c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f') || c == 0x7F;
}
