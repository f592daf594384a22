using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Parallax.Cli.Tests;

/// <summary><c>parallax extract</c> end to end: formats, every input kind, bad inputs in the batch, exit codes.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private const string Body = """
        <p>The city council voted on Tuesday to extend the night bus network to the northern suburbs, after a year of complaints from shift workers.</p>
        <p>The new routes will start in March and will cost about four million a year, which the council said would be paid for by parking charges.</p>
        """;

    private readonly string work = Path.Combine(Path.GetTempPath(), "parallax-extract-" + Guid.NewGuid().ToString("N"));

    public ExtractCommandTests() => Directory.CreateDirectory(work);

    [Fact]
    public void Json_gives_one_array_with_a_record_per_article()
    {
        var page = Write("in/page.html", Page());
        var (code, output, error) = Run("extract", page);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var record = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(page, record.GetProperty("path").GetString());
        Assert.Equal("https://courier.example/buses", record.GetProperty("url").GetString());
        Assert.Equal("Northern Courier", record.GetProperty("source").GetString());
        Assert.Equal("Night buses reach the suburbs", record.GetProperty("title").GetString());
        Assert.Equal(["Ada Brook", "Ben Carr"], record.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 9, 30, 0, TimeSpan.FromHours(1)), record.GetProperty("published").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 8, 0, 0, TimeSpan.Zero), record.GetProperty("updated").GetDateTimeOffset());
        Assert.Equal("en", record.GetProperty("language").GetString());
        Assert.Equal("A night bus at the depot.", record.GetProperty("leadImageCaption").GetString());
        var body = record.GetProperty("body").GetString()!;
        Assert.StartsWith("The city council voted", body, StringComparison.Ordinal);
        Assert.Contains("shift workers.\n\nThe new routes", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dateline_is_given_with_its_place_agency_and_span()
    {
        var wire = Write("in/wire.txt", "LIMA, Peru (AP) _ Rescue teams reached the flooded village on Monday after two days of rain.\n\nRoads to the coast stayed closed.\n");
        var plain = Write("in/plain.txt", "Rescue teams reached the flooded village on Monday after two days of rain.\n");

        var (code, output, error) = Run("extract", wire, plain);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var records = json.RootElement.EnumerateArray().ToList();
        var dateline = records.Single(r => r.GetProperty("path").GetString() == wire).GetProperty("dateline");
        Assert.Equal("LIMA, Peru", dateline.GetProperty("place").GetString());
        Assert.Equal("AP", dateline.GetProperty("agency").GetString());
        Assert.Equal(0, dateline.GetProperty("start").GetInt32());
        Assert.Equal("LIMA, Peru (AP) _".Length, dateline.GetProperty("length").GetInt32());
        Assert.Equal(JsonValueKind.Null, records.Single(r => r.GetProperty("path").GetString() == plain).GetProperty("dateline").ValueKind);
    }

    [Fact]
    public void Jsonl_reads_folders_gzip_json_and_warc_with_one_line_per_article()
    {
        Write("in/a.html", Page());
        WriteBytes("in/sub/b.html.gz", Gzip(Encoding.UTF8.GetBytes(Page(canonical: "https://courier.example/b"))));
        Write("in/c.jsonl", JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["title"] = "Record", ["text"] = "The council said the routes would start in March and run every night of the week.", ["source"] = "Wire", ["language"] = "en-GB",
        }) + "\n");
        WriteBytes("in/d.warc", [.. Warc("https://courier.example/w1", Page(canonical: null)), .. Warc("https://courier.example/w2", Page(canonical: null, body: Body + "<p>A second page.</p>"))]);

        var (code, output, error) = Run("extract", Path.Combine(work, "in"), "--format", "jsonl");

        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        var records = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(
            ["a.html", "c.jsonl:1", "d.warc#1", "d.warc#2", "b.html.gz"],
            records.Select(r => Path.GetFileName(r.GetProperty("path").GetString()!)));
        Assert.Equal("https://courier.example/b", records[4].GetProperty("url").GetString());
        Assert.Equal("https://courier.example/w1", records[2].GetProperty("url").GetString());
        Assert.Equal("en", records[1].GetProperty("language").GetString());
        Assert.Empty(records[1].GetProperty("authors").EnumerateArray());
    }

    [Fact]
    public void Text_gives_a_readable_block_per_article()
    {
        var page = Write("page.html", Page());
        var (code, output, _) = Run("extract", page, "-f", "text");

        Assert.Equal(0, code);
        Assert.StartsWith($"=== {page}\n", output, StringComparison.Ordinal);
        Assert.Contains("Title:      Night buses reach the suburbs\n", output, StringComparison.Ordinal);
        Assert.Contains("Authors:    Ada Brook; Ben Carr\n", output, StringComparison.Ordinal);
        Assert.Contains("Published:  2025-03-04 09:30 +01:00\n", output, StringComparison.Ordinal);
        Assert.Contains("Language:   en\n", output, StringComparison.Ordinal);
        Assert.Contains("\n\nThe city council voted", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_inputs_are_named_on_stderr_and_the_batch_goes_on()
    {
        var good = Write("in/good.html", Page());
        Write("in/empty.html", "");
        Write("in/notes.pdf", "%PDF-1.4");
        Write("in/broken.jsonl", "{not json\n");
        var missing = Path.Combine(work, "missing.html");

        var (code, output, error) = Run("extract", Path.Combine(work, "in"), missing, "--format", "jsonl");

        Assert.Equal(0, code);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(good, output, StringComparison.Ordinal);
        var problems = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, problems.Length);
        Assert.Contains(problems, p => p.StartsWith($"skipped {Path.Combine(work, "in", "empty.html")}: ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"skipped {Path.Combine(work, "in", "notes.pdf")}: ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"skipped {Path.Combine(work, "in", "broken.jsonl")}:1: ", StringComparison.Ordinal));
        Assert.Contains($"skipped {missing}: file not found", problems);
    }

    [Fact]
    public void Nothing_readable_exits_2_with_an_empty_array_and_no_output_file()
    {
        var empty = Write("empty.html", "");
        var (code, output, error) = Run("extract", empty);
        Assert.Equal(2, code);
        Assert.Equal("[]", output.Trim());
        Assert.Contains("nothing was extracted", error, StringComparison.Ordinal);

        var target = Path.Combine(work, "out", "records.json");
        Assert.Equal(2, Run("extract", empty, "--out", target).Code);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Out_writes_the_file_and_nothing_to_standard_output()
    {
        var page = Write("page.html", Page());
        var target = Path.Combine(work, "out", "records.jsonl");

        var (code, output, _) = Run("extract", page, "--format", "jsonl", "--out", target);

        Assert.Equal(0, code);
        Assert.Equal("", output);
        using var record = JsonDocument.Parse(File.ReadAllText(target));
        Assert.Equal(page, record.RootElement.GetProperty("path").GetString());
    }

    [Fact]
    public void Help_explains_the_extract_command()
    {
        var (code, output, _) = Run("extract", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--format", output, StringComparison.Ordinal);
        Assert.Contains("--out", output, StringComparison.Ordinal);
        Assert.Contains("jsonl", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        var (code, _, error) = Run("extract", Write("page.html", Page()), "--format", "xml");
        Assert.Equal(2, code);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string Page(string? canonical = "https://courier.example/buses", string body = Body) => $$"""
        <!DOCTYPE html>
        <html lang="en-GB"><head>
        <title>Night buses | Northern Courier</title>
        {{(canonical is null ? "" : $"<link rel=\"canonical\" href=\"{canonical}\">")}}
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Night buses reach the suburbs",
          "author":[{"@type":"Person","name":"Ada Brook"},{"@type":"Person","name":"Ben Carr"}],
          "publisher":{"@type":"Organization","name":"Northern Courier"},
          "datePublished":"2025-03-04T09:30:00+01:00","dateModified":"2025-03-05T08:00:00Z",
          "image":[{"@type":"ImageObject","caption":"A night bus at the depot."}]}</script>
        </head><body><main><article>
        <h1>Night buses reach the suburbs</h1>
        <div class="article-body">{{body}}</div>
        </article></main></body></html>
        """;

    private static byte[] Warc(string uri, string html)
    {
        var body = Encoding.UTF8.GetBytes(html);
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n");
        byte[] block = [.. http, .. body];
        var header = Encoding.ASCII.GetBytes(
            $"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nWARC-Date: 2025-06-02T10:15:00Z\r\n"
            + $"WARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {block.Length}\r\n\r\n");
        return [.. header, .. block, .. "\r\n\r\n"u8.ToArray()];
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private string Write(string name, string text) => WriteBytes(name, new UTF8Encoding(false).GetBytes(text));

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(work, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ParallaxCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
