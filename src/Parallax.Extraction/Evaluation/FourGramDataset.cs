using System.Collections.Immutable;
using System.Text.Json;
using Parallax.Extraction.Input;

namespace Parallax.Extraction.Evaluation;

/// <summary>
/// A ground-truth set in the article-extraction-benchmark layout: a JSON file
/// <c>{id: {"articleBody": ..., "url": ...}}</c> with the pages in <c>html/ID.html.gz</c> next to it (plain
/// <c>html/ID.html</c> is accepted too). Pages are read on demand. Immutable; safe to read from many threads.
/// </summary>
public sealed class FourGramDataset
{
    private const long MaxIndexBytes = 200_000_000;
    private static readonly ExtractionOptions PageOptions = new();

    private readonly string folder;

    private FourGramDataset(string source, string folder, ImmutableArray<GroundTruthPage> pages)
    {
        Source = source;
        this.folder = folder;
        Pages = pages;
    }

    /// <summary>The ground-truth JSON the data set was loaded from.</summary>
    public string Source { get; }

    /// <summary>The pages, in the JSON's order.</summary>
    public ImmutableArray<GroundTruthPage> Pages { get; }

    /// <summary>True when <paramref name="jsonPath"/> looks like a ground-truth file (its first entry has "articleBody").</summary>
    public static bool LooksLikeGroundTruth(string jsonPath)
    {
        try
        {
            using var stream = File.OpenRead(jsonPath);
            // The head of the file is enough: the first entry tells the layout, and a large file is not parsed twice.
            var reader = new Utf8JsonReader(ReadHead(stream), isFinalBlock: false, state: default);
            while (reader.Read())
            {
                if (reader.CurrentDepth == 2 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("articleBody"))
                {
                    return true;
                }

                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.EndObject)
                {
                    return false;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return false;
        }

        return false;
    }

    /// <summary>Loads the ground truth from <paramref name="jsonPath"/>.</summary>
    /// <exception cref="InvalidDataException">The file is missing, too large or not such a ground truth; the message says why.</exception>
    public static FourGramDataset Load(string jsonPath)
    {
        ArgumentNullException.ThrowIfNull(jsonPath);
        if (!File.Exists(jsonPath))
        {
            throw new InvalidDataException($"{jsonPath}: no such file");
        }

        try
        {
            if (new FileInfo(jsonPath).Length > MaxIndexBytes)
            {
                throw new InvalidDataException($"{jsonPath}: larger than {MaxIndexBytes:N0} bytes");
            }

            using var stream = File.OpenRead(jsonPath);
            using var document = JsonDocument.Parse(stream);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{jsonPath}: expected an object {{id: {{\"articleBody\", \"url\"}}}}");
            }

            var pages = ImmutableArray.CreateBuilder<GroundTruthPage>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var item = property.Value;
                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("articleBody", out var body)
                    || body.ValueKind != JsonValueKind.String)
                {
                    throw new InvalidDataException($"{jsonPath}: entry '{property.Name}' has no \"articleBody\" string");
                }

                var url = item.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
                pages.Add(new GroundTruthPage(property.Name, url, body.GetString()!));
            }

            return new FourGramDataset(jsonPath, Path.GetDirectoryName(Path.GetFullPath(jsonPath))!, pages.ToImmutable());
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{jsonPath}: not valid JSON ({e.Message})", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{jsonPath}: cannot read ({e.Message})", e);
        }
    }

    /// <summary>The page's decoded HTML (gzip inflated, encoding detected as the reader does), or why it cannot be had.</summary>
    public DatasetPage ReadPage(GroundTruthPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        // Ids are file names; one that tries to leave the html/ folder names no page of this set.
        if (page.Id.IndexOfAny(['/', '\\']) >= 0 || page.Id is "." or "..")
        {
            return new DatasetPage(page.Id, null, "id is not a plain file name");
        }

        var path = Path.Combine(folder, "html", page.Id + ".html.gz");
        if (!File.Exists(path))
        {
            path = Path.Combine(folder, "html", page.Id + ".html");
        }

        if (!File.Exists(path))
        {
            return new DatasetPage(page.Id, null, $"file not found (html/{page.Id}.html.gz)");
        }

        var loaded = FileLoader.Load(path, PageOptions);
        return loaded.Problem is null ? new DatasetPage(page.Id, loaded.Text, null) : new DatasetPage(page.Id, null, loaded.Problem);
    }

    private static ReadOnlySpan<byte> ReadHead(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer.AsSpan(0, length);
    }
}
