using System.IO.Compression;
using System.Text;

namespace Parallax.Extraction.Tests;

public sealed class BadInputTests
{
    private const string Prose = "The regional parliament voted on Monday to delay the election by six months, citing the need to update voter rolls.";

    private static ArticleReadResult ReadOne(string path, ExtractionOptions? options = null) =>
        Assert.Single(new ArticleReader(options ?? new ExtractionOptions()).ReadFile(path));

    private static void AssertProblem(ArticleReadResult result, string path, string reasonPart)
    {
        Assert.Null(result.Article);
        Assert.NotNull(result.Problem);
        Assert.Equal(path, result.Problem.Path);
        Assert.Contains(reasonPart, result.Problem.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Missing_path_is_a_problem()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "nowhere.txt");
        var result = Assert.Single(new ArticleReader(new ExtractionOptions()).Read([path]));
        AssertProblem(result, path, "not found");
    }

    [Fact]
    public void Empty_and_blank_files_are_problems()
    {
        using var folder = new TempFolder();
        AssertProblem(ReadOne(folder.Write("empty.txt", "")), Path.Combine(folder.Path, "empty.txt"), "empty file");
        AssertProblem(ReadOne(folder.Write("blank.txt", " \n\n\t ")), Path.Combine(folder.Path, "blank.txt"), "empty file");
    }

    [Fact]
    public void Binary_files_are_problems()
    {
        using var folder = new TempFolder();
        var nul = folder.WriteBytes("nul.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41, 0x42, 0x00, 0x07, 0x08, 0x00, 0xFF, 0x10]);
        AssertProblem(ReadOne(nul), nul, "binary");

        var controls = new byte[200];
        for (var i = 0; i < controls.Length; i++)
        {
            controls[i] = (byte)(i % 3 == 0 ? 0x01 : 0x41);
        }

        var control = folder.WriteBytes("control.txt", controls);
        AssertProblem(ReadOne(control), control, "binary");
    }

    [Fact]
    public void File_over_the_size_limit_is_a_problem()
    {
        using var folder = new TempFolder();
        var path = folder.Write("big.txt", Prose + "\n" + Prose);
        AssertProblem(ReadOne(path, new ExtractionOptions { MaxFileBytes = 100 }), path, "too large");
    }

    [Fact]
    public void Gzip_that_inflates_past_the_limit_is_a_problem()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("big.txt.gz", Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Prose + "\n", 50)))));
        AssertProblem(ReadOne(path, new ExtractionOptions { MaxFileBytes = 1000 }), path, "too large");
    }

    [Fact]
    public void Truncated_gzip_is_a_problem()
    {
        using var folder = new TempFolder();
        var whole = Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Prose + "\n", 20))));
        var path = folder.WriteBytes("cut.txt.gz", whole[..(whole.Length / 2)]);
        AssertProblem(ReadOne(path), path, "gzip");
        var tiny = folder.WriteBytes("tiny.html.gz", whole[..6]);
        AssertProblem(ReadOne(tiny), tiny, "truncated");
    }

    [Fact]
    public void Unsupported_extension_is_a_problem()
    {
        using var folder = new TempFolder();
        var path = folder.Write("notes.docx", Prose);
        AssertProblem(ReadOne(path), path, "unsupported");
        var bare = folder.Write("README", Prose);
        AssertProblem(ReadOne(bare), bare, "unsupported");
    }

    [Fact]
    public void File_with_only_page_furniture_has_no_article_text()
    {
        using var folder = new TempFolder();
        var path = folder.Write("furniture.txt", "Advertisement\nShare this article\nSign up for our newsletter\nLeave a comment\n");
        AssertProblem(ReadOne(path), path, "no article text found");
    }

    [Fact]
    public void A_folder_is_read_recursively_in_ordinal_order_and_bad_files_do_not_stop_the_batch()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", Prose);
        folder.Write("a/z.txt", Prose + " Turnout is expected to be low.");
        folder.Write("a/empty.txt", "");
        folder.Write("C.txt", Prose + " The opposition objected.");
        folder.Write(".hidden.txt", Prose);
        var missing = Path.Combine(folder.Path, "missing.txt");

        var results = new ArticleReader(new ExtractionOptions()).Read([folder.Path, missing]).ToList();
        var names = results.Select(r => Path.GetRelativePath(folder.Path, r.Article?.Path ?? r.Problem!.Path)).ToList();
        Assert.Equal(["C.txt", Path.Combine("a", "empty.txt"), Path.Combine("a", "z.txt"), "b.txt", "missing.txt"], names);
        Assert.Equal([false, true, false, false, true], results.Select(r => r.Problem is not null).ToList());
    }

    [Fact]
    public void Utf8_with_bom_and_utf16_with_and_without_bom_decode_to_the_same_text()
    {
        using var folder = new TempFolder();
        var text = "Zoë Müller said the “reform” would cost €2 billion over five years, according to the ministry’s estimate.";
        var paths = new[]
        {
            folder.WriteBytes("utf8bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]),
            folder.WriteBytes("utf16le.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]),
            folder.WriteBytes("utf16be.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)]),
            folder.WriteBytes("utf16le-nobom.txt", Encoding.Unicode.GetBytes(text)),
            folder.WriteBytes("utf16be-nobom.txt", Encoding.BigEndianUnicode.GetBytes(text)),
        };
        foreach (var path in paths)
        {
            var article = ReadOne(path).Article;
            Assert.NotNull(article);
            Assert.Equal([text], article.Body.ToArray());
        }
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252()
    {
        using var folder = new TempFolder();
        // "The caf\xE9 owner said \x93prices\x94 would rise \x96 again \x80 5 more." in Windows-1252.
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.ASCII.GetBytes("The caf"));
        bytes.Add(0xE9);
        bytes.AddRange(Encoding.ASCII.GetBytes(" owner said "));
        bytes.Add(0x93);
        bytes.AddRange(Encoding.ASCII.GetBytes("prices"));
        bytes.Add(0x94);
        bytes.AddRange(Encoding.ASCII.GetBytes(" would rise "));
        bytes.Add(0x96);
        bytes.AddRange(Encoding.ASCII.GetBytes(" by "));
        bytes.Add(0x80);
        bytes.AddRange(Encoding.ASCII.GetBytes("5 next month."));
        var path = folder.WriteBytes("latin.txt", [.. bytes]);
        var article = ReadOne(path).Article!;
        Assert.Equal("The café owner said “prices” would rise – by €5 next month.", Assert.Single(article.Body));
    }

    private static byte[] Gzip(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return buffer.ToArray();
    }
}
