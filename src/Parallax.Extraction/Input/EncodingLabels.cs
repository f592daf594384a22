using System.Collections.Frozen;
using System.Text;

namespace Parallax.Extraction.Input;

/// <summary>
/// Encoding labels as the WHATWG Encoding Standard defines them (the names pages and servers actually write), each
/// mapped to the decoder browsers use for it: ISO-8859-1, Latin-1 and ASCII mean Windows-1252, GB2312 means GBK,
/// EUC-KR means Windows-949, and so on. Encodings the runtime's code-page tables lack (ISO-8859-10, -14, -16 and
/// the "replacement" labels) are unknown, so the caller's fallback applies.
/// </summary>
internal static class EncodingLabels
{
    /// <summary>Stands for UTF-8 in the table.</summary>
    public const int Utf8 = 65001;

    /// <summary>Stands for UTF-16 little endian in the table.</summary>
    public const int Utf16Le = 1200;

    /// <summary>Stands for UTF-16 big endian in the table.</summary>
    public const int Utf16Be = 1201;

    /// <summary>Windows-1252, decoded by <see cref="Windows1252"/> rather than the code-page tables.</summary>
    public const int Windows1252CodePage = 1252;

    private static readonly FrozenDictionary<string, int> CodePages = Build();

    /// <summary>The code page a label names (trimmed, case-insensitive, quotes ignored), or null when unknown.</summary>
    public static int? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').Trim().ToLowerInvariant();
        return CodePages.TryGetValue(name, out var codePage) ? codePage : null;
    }

    /// <summary>The runtime encoding for a code page from <see cref="Resolve"/>, throwing on invalid bytes.</summary>
    public static Encoding Strict(int codePage) => codePage switch
    {
        Utf8 => new UTF8Encoding(false, throwOnInvalidBytes: true),
        Utf16Le => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true),
        Utf16Be => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true),
        _ => Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, DecoderFallback.ExceptionFallback),
    };

    /// <summary>The runtime encoding for a code page from <see cref="Resolve"/>, replacing invalid bytes.</summary>
    public static Encoding Lenient(int codePage) => codePage switch
    {
        Utf8 => new UTF8Encoding(false, throwOnInvalidBytes: false),
        Utf16Le => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false),
        Utf16Be => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false),
        _ => Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback),
    };

    private static FrozenDictionary<string, int> Build()
    {
        // Registration is idempotent and process-wide; it makes Encoding.GetEncoding(int) know the legacy code
        // pages (windows-125x, ISO-8859-x, KOI8, Shift_JIS, EUC-JP, GB18030, Big5, EUC-KR).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(int codePage, params string[] labels)
        {
            foreach (var label in labels)
            {
                table[label] = codePage;
            }
        }

        Add(Utf8, "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8");
        Add(866, "866", "cp866", "csibm866", "ibm866");
        Add(28592, "csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2");
        Add(28593, "csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3");
        Add(28594, "csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4");
        Add(28595, "csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988");
        Add(28596, "arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e",
            "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987");
        Add(28597, "csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597",
            "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek");
        Add(28598, "csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598",
            "iso_8859-8", "iso_8859-8:1988", "visual");
        Add(38598, "csiso88598i", "iso-8859-8-i", "logical");
        Add(28603, "iso-8859-13", "iso8859-13", "iso885913");
        Add(28605, "csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9");
        Add(20866, "cskoi8r", "koi", "koi8", "koi8-r", "koi8_r");
        Add(21866, "koi8-ru", "koi8-u");
        Add(10000, "csmacintosh", "mac", "macintosh", "x-mac-roman");
        Add(874, "dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874");
        Add(1250, "cp1250", "windows-1250", "x-cp1250");
        Add(1251, "cp1251", "windows-1251", "x-cp1251");
        Add(Windows1252CodePage, "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
            "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252",
            "x-user-defined");
        Add(1253, "cp1253", "windows-1253", "x-cp1253");
        Add(1254, "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5",
            "latin5", "windows-1254", "x-cp1254");
        Add(1255, "cp1255", "windows-1255", "x-cp1255");
        Add(1256, "cp1256", "windows-1256", "x-cp1256");
        Add(1257, "cp1257", "windows-1257", "x-cp1257");
        Add(1258, "cp1258", "windows-1258", "x-cp1258");
        Add(10007, "x-mac-cyrillic", "x-mac-ukrainian");
        Add(936, "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk");
        Add(54936, "gb18030");
        Add(950, "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5");
        Add(51932, "cseucpkdfmtjapanese", "euc-jp", "x-euc-jp");
        Add(50220, "csiso2022jp", "iso-2022-jp");
        Add(932, "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis");
        Add(949, "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601",
            "ksc_5601", "windows-949");
        Add(Utf16Be, "unicodefffe", "utf-16be");
        Add(Utf16Le, "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le");
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
