using System.Text;
using Parallax.Extraction.Input;

namespace Parallax.Extraction.Tests.Input;

public sealed class EncodingTests
{
    private const string Cyrillic = "Мост через реку Волгу снова открыт для движения после двух лет ремонта, сообщили власти города.";
    private const string Polish = "Zażółć gęślą jaźń: rada miasta przegłosowała w środę nowy budżet na remont mostu i dróg.";
    private const string Japanese = "東京都は水曜日、新しい橋の建設計画を正式に発表し、工事は来年の春に始まる予定だと述べた。";

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Page(string head, string paragraph) =>
        $"<!DOCTYPE html><html><head>{head}<title>Bridge</title></head><body><article><p>{paragraph}</p>" +
        $"<p>{paragraph}</p></article></body></html>";

    private static string ReadBody(byte[] bytes)
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("page.html", bytes);
        var result = Assert.Single(new ArticleReader(new ExtractionOptions()).ReadFile(path));
        Assert.Null(result.Problem);
        return result.Article!.Text;
    }

    private static byte[] Bytes(string encoding, string text) => Encoding.GetEncoding(encoding).GetBytes(text);

    [Theory]
    [InlineData("windows-1251", "<meta charset=\"windows-1251\">", Cyrillic)]
    [InlineData("iso-8859-2", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">", Polish)]
    [InlineData("shift_jis", "<meta charset='Shift_JIS'>", Japanese)]
    [InlineData("koi8-r", "<meta http-equiv=content-type content='text/html;charset=KOI8-R'>", Cyrillic)]
    [InlineData("euc-jp", "<meta charset=euc-jp>", Japanese)]
    [InlineData("utf-8", "<meta charset=\"utf-8\">", Cyrillic)]
    [InlineData("utf-8", "", Japanese)]
    public void A_page_in_its_declared_or_undeclared_encoding_reads_back_without_replacement_characters(string encoding, string meta, string paragraph)
    {
        var decoded = TextDecoder.Decode(Bytes(encoding, Page(meta, paragraph)), declaredCharset: null);
        Assert.Null(decoded.Problem);
        var text = decoded.Text!;
        Assert.Contains(paragraph, text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', text);
    }

    [Fact]
    public void A_declared_windows_1251_page_file_reads_into_the_article_body()
    {
        var text = ReadBody(Bytes("windows-1251", Page("<meta charset=\"windows-1251\">", Cyrillic)));
        Assert.Contains(Cyrillic, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_outranks_a_contrary_meta_declaration()
    {
        var page = Page("<meta charset=\"windows-1251\">", Cyrillic);
        var text = ReadBody([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(page)]);
        Assert.Contains(Cyrillic, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_http_charset_outranks_the_meta_declaration()
    {
        var bytes = Bytes("koi8-r", Page("<meta charset=\"windows-1251\">", Cyrillic));
        var decoded = TextDecoder.Decode(bytes, "text/html; charset=koi8-r");
        Assert.Contains(Cyrillic, decoded.Text, StringComparison.Ordinal);
        Assert.Contains(Cyrillic, TextDecoder.Decode(bytes, "KOI8-R").Text, StringComparison.Ordinal);
        // Without the header the page's own (wrong) declaration is all there is, and it wins.
        Assert.DoesNotContain(Cyrillic, TextDecoder.Decode(bytes, null).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declaration_after_the_first_1024_bytes_is_used_when_the_bytes_are_not_utf8()
    {
        // An archive copy's injected scripts push the page's own declaration past the prescan; a browser parsing with
        // a guessed encoding changes to it when its parser meets the <meta>.
        var padding = "<script src=\"/_static/js/wombat.js\" charset=\"utf-8\"></script><!-- " + new string('x', 1100) + " -->";
        var late = Bytes("windows-1251", Page(padding + "<meta charset=\"windows-1251\">", Cyrillic));
        var early = Bytes("windows-1251", Page("<meta charset=\"windows-1251\">" + padding, Cyrillic));
        Assert.Contains(Cyrillic, TextDecoder.Decode(late, null).Text, StringComparison.Ordinal);
        Assert.Contains(Cyrillic, TextDecoder.Decode(early, null).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_late_declaration_does_not_override_valid_utf8()
    {
        var padding = "<meta name=\"description\" content=\"" + new string('x', 1100) + "\">";
        var utf8 = Bytes("utf-8", Page(padding + "<meta charset=\"windows-1251\">", Cyrillic));
        Assert.Contains(Cyrillic, TextDecoder.Decode(utf8, null).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declaration_inside_a_comment_is_ignored()
    {
        var bytes = Encoding.UTF8.GetBytes(Page("<!-- <meta charset=\"windows-1251\"> -->", Cyrillic));
        Assert.Contains(Cyrillic, TextDecoder.Decode(bytes, null).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_label_falls_back_to_utf8_then_windows_1252()
    {
        var utf8 = Encoding.UTF8.GetBytes(Page("<meta charset=\"x-no-such-charset\">", Cyrillic));
        Assert.Contains(Cyrillic, TextDecoder.Decode(utf8, "also-unknown").Text, StringComparison.Ordinal);

        var western = Bytes("windows-1252", Page("<meta charset=\"x-no-such-charset\">", "The café owner said “prices” would rise – by €5."));
        Assert.Contains("The café owner said “prices” would rise – by €5.", TextDecoder.Decode(western, null).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("iso-8859-1")]
    [InlineData("latin1")]
    [InlineData("US-ASCII")]
    public void Latin1_and_ascii_labels_mean_windows_1252(string label)
    {
        var bytes = Bytes("windows-1252", Page($"<meta charset=\"{label}\">", "He called it “a turning point” – and paid €40."));
        Assert.Contains("He called it “a turning point” – and paid €40.", TextDecoder.Decode(bytes, null).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_xml_declaration_names_the_encoding_when_no_meta_does()
    {
        var bytes = Bytes("windows-1251", "<?xml version=\"1.0\" encoding=\"windows-1251\"?>" + Page("", Cyrillic));
        Assert.Contains(Cyrillic, TextDecoder.Decode(bytes, null).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_single_byte_declaration_wins_but_never_yields_replacement_characters()
    {
        // Valid UTF-8 declared as windows-1252: browsers follow the declaration, and so does the reader.
        var bytes = Encoding.UTF8.GetBytes(Page("<meta charset=\"windows-1252\">", "The café reopened."));
        var text = TextDecoder.Decode(bytes, null).Text!;
        Assert.Contains("The cafÃ© reopened.", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', text);
    }

    [Fact]
    public void Bytes_invalid_in_the_declared_multibyte_encoding_but_valid_utf8_are_read_as_utf8()
    {
        const string sentence = "Zoë Müller said the “reform” would cost €2 billion — Мост";
        var bytes = Encoding.UTF8.GetBytes(Page("<meta charset=\"shift_jis\">", sentence));
        var text = TextDecoder.Decode(bytes, null).Text!;
        Assert.Contains(sentence, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_with_one_stray_byte_stays_utf8_and_a_windows_1252_page_declared_utf8_is_read_as_windows_1252()
    {
        byte[] stray = [.. Encoding.UTF8.GetBytes("Zoë Müller and the café in Kraków "), 0x92, .. Encoding.UTF8.GetBytes(" reopened.")];
        var text = TextDecoder.Decode(stray, "utf-8").Text!;
        Assert.StartsWith("Zoë Müller and the café in Kraków ", text, StringComparison.Ordinal);
        Assert.Equal(1, text.Count(static c => c == '\uFFFD'));

        var western = Bytes("windows-1252", "The café owner said “prices” would rise.");
        Assert.Equal("The café owner said “prices” would rise.", TextDecoder.Decode(western, "utf-8").Text);
    }

    [Fact]
    public void Plain_text_is_not_read_for_markup_declarations()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"windows-1251\"> " + Cyrillic);
        Assert.Equal("<meta charset=\"windows-1251\"> " + Cyrillic, TextDecoder.Decode(bytes).Text);
    }
}
