using System.Collections.Immutable;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;

namespace Parallax.Extraction.Evaluation;

/// <summary>
/// The trafilatura evaluation set in its published form: <c>evaldata.json</c>
/// (<c>{url: {"file": NAME, "with": [...], "without": [...]}}</c>) and the pages in <c>eval/</c> or <c>cache/</c>,
/// read from the <c>.tar.gz</c> itself (streamed, nothing unpacked to disk) or from an unpacked folder.
/// Immutable once loaded; safe to read from many threads.
/// </summary>
public sealed class SnippetDataset
{
    /// <summary>Pages larger than this are not read (reported as skipped), as the reader refuses such files.</summary>
    public const long MaxPageBytes = 10_000_000;

    /// <summary>A tar.gz whose pages together inflate beyond this is refused, so a hostile archive cannot exhaust memory.</summary>
    public const long MaxArchiveBytes = 2_000_000_000;

    private const long MaxIndexBytes = 100_000_000;
    private const string IndexName = "evaldata.json";

    private readonly Func<string, DatasetPage> readPage;

    private SnippetDataset(string source, ImmutableArray<SnippetPage> pages, Func<string, DatasetPage> readPage)
    {
        Source = source;
        Pages = pages;
        this.readPage = readPage;
    }

    /// <summary>The path the data set was loaded from.</summary>
    public string Source { get; }

    /// <summary>The annotated pages, in <c>evaldata.json</c> order.</summary>
    public ImmutableArray<SnippetPage> Pages { get; }

    /// <summary>
    /// Loads a <c>.tar.gz</c> (or <c>.tgz</c>), an unpacked folder holding <c>evaldata.json</c>, or the
    /// <c>evaldata.json</c> file of such a folder.
    /// </summary>
    /// <exception cref="InvalidDataException">The path is missing or is not such a data set; the message says why.</exception>
    public static SnippetDataset Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return LoadFolder(path, Path.Combine(path, IndexName));
        }

        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: no such file or folder");
        }

        return IsGzip(path) ? LoadArchive(path) : LoadFolder(Path.GetDirectoryName(Path.GetFullPath(path))!, path);
    }

    /// <summary>The page's decoded HTML, or why it cannot be had (missing, too large, not text).</summary>
    public DatasetPage ReadPage(SnippetPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return readPage(page.File);
    }

    internal static bool IsGzip(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return stream.ReadByte() == 0x1F && stream.ReadByte() == 0x8B;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot read ({e.Message})", e);
        }
    }

    private static SnippetDataset LoadFolder(string folder, string indexPath)
    {
        if (!File.Exists(indexPath))
        {
            throw new InvalidDataException($"{folder}: no {IndexName} (expected an unpacked trafilatura evaluation set or its .tar.gz)");
        }

        ImmutableArray<SnippetPage> pages;
        try
        {
            if (new FileInfo(indexPath).Length > MaxIndexBytes)
            {
                throw new InvalidDataException($"{indexPath}: larger than {MaxIndexBytes:N0} bytes");
            }

            using var stream = File.OpenRead(indexPath);
            pages = ParseIndex(indexPath, stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{indexPath}: cannot read ({e.Message})", e);
        }

        var index = new PageIndex<string>();
        try
        {
            foreach (var sub in Directory.EnumerateDirectories(folder))
            {
                var rank = PageIndex<string>.FolderRank(Path.GetFileName(sub));
                if (rank < 0)
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(sub))
                {
                    index.Add(rank, Path.GetFileName(file), file);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{folder}: cannot list the page folders ({e.Message})", e);
        }

        return new SnippetDataset(indexPath, pages, name => ReadFile(name, index.Find(name)));
    }

    private static DatasetPage ReadFile(string name, string? path)
    {
        if (path is null)
        {
            return new DatasetPage(name, null, "file not found in cache/ or eval/");
        }

        try
        {
            var length = new FileInfo(path).Length;
            return length > MaxPageBytes
                ? new DatasetPage(name, null, $"file too large ({length:N0} bytes; the limit is {MaxPageBytes:N0})")
                : EvaluatedExtractor.Decode(name, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new DatasetPage(name, null, $"cannot read file ({e.Message})");
        }
    }

    private static SnippetDataset LoadArchive(string path)
    {
        ImmutableArray<SnippetPage>? pages = null;
        var index = new PageIndex<object>();
        long total = 0;
        try
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var tar = new TarReader(gzip);
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                {
                    continue;
                }

                var segments = entry.Name.Split('/', StringSplitOptions.RemoveEmptyEntries);
                var name = segments[^1];
                if (name == IndexName && pages is null)
                {
                    using var data = Bounded(entry, MaxIndexBytes, path);
                    pages = ParseIndex($"{path}:{entry.Name}", data);
                    continue;
                }

                var rank = segments.Length >= 2 ? PageIndex<object>.FolderRank(segments[^2]) : -1;
                if (rank < 0)
                {
                    continue;
                }

                if (entry.Length > MaxPageBytes)
                {
                    index.Add(rank, name, $"file too large ({entry.Length:N0} bytes; the limit is {MaxPageBytes:N0})");
                    continue;
                }

                total += entry.Length;
                if (total > MaxArchiveBytes)
                {
                    throw new InvalidDataException($"{path}: pages inflate beyond {MaxArchiveBytes:N0} bytes");
                }

                using var page = Bounded(entry, MaxPageBytes, path);
                index.Add(rank, name, page.ToArray());
            }
        }
        // Our own refusals already name the archive; corrupt gzip or tar data comes as an unnamed InvalidDataException.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException
            || (e is InvalidDataException && !e.Message.StartsWith(path, StringComparison.Ordinal)))
        {
            throw new InvalidDataException($"{path}: not a readable tar.gz ({e.Message})", e);
        }

        if (pages is null)
        {
            throw new InvalidDataException($"{path}: the archive holds no {IndexName}");
        }

        return new SnippetDataset(path, pages.Value, name => index.Find(name) switch
        {
            byte[] bytes => EvaluatedExtractor.Decode(name, bytes),
            string problem => new DatasetPage(name, null, problem),
            _ => new DatasetPage(name, null, "file not found in cache/ or eval/ of the archive"),
        });
    }

    private static MemoryStream Bounded(TarEntry entry, long limit, string path)
    {
        if (entry.Length > limit)
        {
            throw new InvalidDataException($"{path}: {entry.Name} is larger than {limit:N0} bytes");
        }

        var buffer = new MemoryStream((int)entry.Length);
        entry.DataStream?.CopyTo(buffer);
        buffer.Position = 0;
        return buffer;
    }

    private static ImmutableArray<SnippetPage> ParseIndex(string where, Stream stream)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{where}: not valid JSON ({e.Message})", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{where}: expected an object {{url: {{\"file\", \"with\", \"without\"}}}}");
            }

            var pages = ImmutableArray.CreateBuilder<SnippetPage>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var item = property.Value;
                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("file", out var file)
                    || file.ValueKind != JsonValueKind.String
                    || string.IsNullOrWhiteSpace(file.GetString()))
                {
                    throw new InvalidDataException($"{where}: entry '{property.Name}' has no \"file\" name");
                }

                pages.Add(new SnippetPage(property.Name, file.GetString()!, Strings(where, property.Name, item, "with"), Strings(where, property.Name, item, "without")));
            }

            return pages.ToImmutable();
        }
    }

    private static ImmutableArray<string> Strings(string where, string url, JsonElement item, string key)
    {
        if (!item.TryGetProperty(key, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(s => s.ValueKind != JsonValueKind.String))
        {
            throw new InvalidDataException($"{where}: entry '{url}': \"{key}\" must be a list of strings");
        }

        return [.. list.EnumerateArray().Select(s => s.GetString()!)];
    }
}
