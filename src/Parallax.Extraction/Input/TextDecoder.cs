using System.Text;

namespace Parallax.Extraction.Input;

/// <summary>
/// Turns file bytes into text: BOMs (UTF-8, UTF-16 LE/BE), UTF-16 without BOM, strict UTF-8, and Windows-1252 as
/// the fallback for bytes that are not valid UTF-8. Refuses binary data.
/// </summary>
internal static class TextDecoder
{
    private const int SampleBytes = 8192;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);
    private static readonly UnicodeEncoding Utf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return DecodeUtf8OrFallback(bytes[3..]);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return CheckDecoded(Utf16Le.GetString(bytes[2..]));
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return CheckDecoded(Utf16Be.GetString(bytes[2..]));
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

        return DecodeUtf8OrFallback(bytes);
    }

    private static DecodedText DecodeUtf8OrFallback(ReadOnlySpan<byte> bytes)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Windows1252.Decode(bytes);
        }

        return CheckDecoded(text);
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
