using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.Tests.Evaluation;

/// <summary>Small evaluation sets written by the tests: the same files as a folder or as a tar.gz built in memory.</summary>
internal static partial class EvalFixtures
{
    // Three pages: one in eval/, one in cache/, one whose file is missing.
    public const string EvalData = """
        {
          "https://a.example/1": {"file": "a.html", "with": ["river rose", "bridge   closed"], "without": ["Subscribe now", "Cookie"]},
          "https://b.example/2": {"file": "b.html", "with": ["mayor said", "new school"], "without": ["Related stories"]},
          "https://c.example/3": {"file": "missing.html", "with": ["anything"], "without": ["nothing"]}
        }
        """;

    public const string PageA = "<p>The river rose\n overnight and the bridge closed at dawn.</p><div>Subscribe now</div>";
    public const string PageB = "<p>The mayor said little.</p><aside>Related stories</aside>";

    public static readonly Dictionary<string, byte[]> Files = new()
    {
        ["evaldata.json"] = Utf8(EvalData),
        ["eval/a.html"] = Utf8(PageA),
        ["cache/b.html"] = Utf8(PageB),
    };

    /// <summary>A stand-in extractor: the text between tags, tags replaced by a space.</summary>
    public static string StripTags(string html) => Tag().Replace(html, " ");

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    public static void WriteFolder(string root, IReadOnlyDictionary<string, byte[]> files)
    {
        foreach (var (name, bytes) in files)
        {
            var path = Path.Combine(root, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
    }

    public static void WriteTarGz(string path, IReadOnlyDictionary<string, byte[]> files)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        foreach (var (name, bytes) in files)
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(bytes) });
        }
    }

    public static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Utf8(text));
        }

        return output.ToArray();
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
