using System.IO.Compression;
using System.Text;

namespace Parallax.Extraction.Tests.BadInput;

/// <summary>Hostile and broken inputs, each read through <see cref="ArticleReader.Read"/> in one batch with a good page.</summary>
public sealed class HostileInputTests
{
    private const string Prose =
        "The regional parliament voted on Monday to delay the election by six months, citing the need to update voter rolls.";

    private static readonly string GoodPage =
        $"<html><head><title>Vote delayed</title></head><body><article><p>{Prose}</p><p>{Prose} Turnout is expected to be low.</p></article></body></html>";

    private static List<ArticleReadResult> ReadFolder(TempFolder folder, ExtractionOptions? options = null) =>
        new ArticleReader(options ?? new ExtractionOptions()).Read([folder.Path]).ToList();

    private static ArticleReadResult For(List<ArticleReadResult> results, string name) =>
        Assert.Single(results, r => Path.GetFileName(r.Article?.Path ?? r.Problem!.Path) == name);

    private static void AssertProblem(List<ArticleReadResult> results, string name, string reasonPart)
    {
        var result = For(results, name);
        Assert.Null(result.Article);
        Assert.Contains(reasonPart, result.Problem!.Reason, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertGoodPageRead(List<ArticleReadResult> results) =>
        Assert.Contains(Prose, For(results, "good.html").Article!.Text, StringComparison.Ordinal);

    [Fact]
    public void Malformed_html_still_yields_its_text()
    {
        using var folder = new TempFolder();
        folder.Write("good.html", GoodPage);
        folder.Write("broken.html",
            $"<html><body></div></span><div class=a\"b><p>{Prose}<p <b>{Prose} Turnout is low.<td></tr></table><p>Next</i></b>" +
            "<a href='x>unterminated");
        folder.Write("comment.html", $"<html><body><article><p>{Prose}</p><!-- never closed <p>hidden</p>");

        var results = ReadFolder(folder);

        Assert.Equal(3, results.Count);
        AssertGoodPageRead(results);
        Assert.Contains("delay the election", For(results, "broken.html").Article!.Text, StringComparison.Ordinal);
        Assert.Contains(Prose, For(results, "comment.html").Article!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden", For(results, "comment.html").Article!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<div class=\"x\">", "")]
    [InlineData("<span><b><em>", "")]
    [InlineData("<div><table>", "</div>")]
    public void Nesting_100000_deep_keeps_the_text(string open, string close)
    {
        using var folder = new TempFolder();
        folder.Write("good.html", GoodPage);
        var page = new StringBuilder("<html><body><article>");
        for (var i = 0; i < 100_000; i++)
        {
            page.Append(open);
        }

        page.Append("<p>").Append(Prose).Append("</p><p>").Append(Prose).Append(" Turnout is expected to be low.</p>");
        for (var i = 0; i < 100_000; i++)
        {
            page.Append(close);
        }

        folder.Write("deep.html", page.Append("</article></body></html>").ToString());

        var results = ReadFolder(folder);

        AssertGoodPageRead(results);
        Assert.Contains(Prose, For(results, "deep.html").Article!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_50_megabyte_page_is_refused_by_the_size_cap_and_the_batch_goes_on()
    {
        using var folder = new TempFolder();
        folder.Write("good.html", GoodPage);
        var path = Path.Combine(folder.Path, "huge.html");
        using (var file = File.Create(path))
        {
            file.Write("<html><body>"u8);
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat($"<p>{Prose}</p>\n", 1000)));
            while (file.Length < 50_000_000)
            {
                file.Write(chunk);
            }
        }

        var results = ReadFolder(folder);

        Assert.Equal(2, results.Count);
        AssertGoodPageRead(results);
        AssertProblem(results, "huge.html", "file too large");
        Assert.Contains("the limit is 10,000,000", For(results, "huge.html").Problem!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gzip_bomb_is_refused_once_it_inflates_past_the_cap()
    {
        using var folder = new TempFolder();
        folder.Write("good.html", GoodPage);
        var path = Path.Combine(folder.Path, "bomb.html.gz");
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        {
            gzip.Write("<html><body><p>"u8);
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 200; i++)
            {
                gzip.Write(spaces);
            }
        }

        Assert.True(new FileInfo(path).Length < 1_000_000, "the fixture is a bomb: small on disk");

        var results = ReadFolder(folder);

        AssertGoodPageRead(results);
        AssertProblem(results, "bomb.html.gz", "too large once decompressed");
    }

    [Fact]
    public void Files_named_html_that_are_not_html_are_refused_with_what_they_are()
    {
        using var folder = new TempFolder();
        folder.Write("good.html", GoodPage);
        folder.WriteBytes("report.html", [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, .. "\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8]);
        folder.WriteBytes("photo.html", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, .. "IHDR"u8]);
        folder.WriteBytes("jpeg.html", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00]);
        folder.Write("data.html", "  {\"title\": \"Vote delayed\", \"text\": \"" + Prose + "\"}");
        folder.Write("list.html", "[{\"title\": \"Vote delayed\"}]");
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);
        noise[0] = (byte)'x';
        folder.WriteBytes("noise.html", noise);

        var results = ReadFolder(folder);

        Assert.Equal(7, results.Count);
        AssertGoodPageRead(results);
        AssertProblem(results, "report.html", "PDF document");
        AssertProblem(results, "photo.html", "PNG image");
        AssertProblem(results, "jpeg.html", "JPEG image");
        AssertProblem(results, "data.html", "not an HTML page: the content is JSON");
        AssertProblem(results, "list.html", "JSON");
        AssertProblem(results, "noise.html", "binary");
    }

    [Fact]
    public void A_page_of_markup_without_text_has_no_article_text()
    {
        using var folder = new TempFolder();
        folder.Write("good.html", GoodPage);
        folder.Write("empty-page.html", "<html><head><script>var a = '<p>not text</p>';</script></head><body><div><img src=a.png></div></body></html>");

        var results = ReadFolder(folder);

        AssertGoodPageRead(results);
        AssertProblem(results, "empty-page.html", "no article text found");
    }
}
