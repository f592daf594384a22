using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Parallax.Core.Annotations;
using Parallax.Stories.Features;

namespace Parallax.Stories;

/// <summary>
/// Document frequencies of the detector's terms, names and calendar anchors counted over a background corpus of news
/// before a stream starts. A stream's own IDF knows nothing at its first article (every word weighs the same); the
/// background adds its counts to the stream's, so common words weigh little from the start and the stream's own
/// counts take over as it grows.
/// </summary>
/// <remarks>
/// <see cref="Default"/> is counted by <c>parallax train stories</c> from the training splits of the project's public
/// data sets (see <c>docs/stories.md</c>) and shipped as a resource. Keys seen in fewer than two background documents
/// are dropped: they say nothing about a word being common and make up most of the vocabulary. Immutable.
/// </remarks>
public sealed class BackgroundFrequencies
{
    private const string Magic = "parallax-background-frequencies/1";
    private const string ResourceName = "Parallax.Stories.Models.background-frequencies.tsv.gz";
    private static readonly Lazy<BackgroundFrequencies> Shipped = new(LoadShipped);

    private BackgroundFrequencies(
        int documentCount, FrozenDictionary<string, int> terms, FrozenDictionary<string, int> names, FrozenDictionary<string, int> anchors)
    {
        DocumentCount = documentCount;
        Terms = terms;
        Names = names;
        Anchors = anchors;
    }

    /// <summary>No background: IDF from the stream alone.</summary>
    public static BackgroundFrequencies Empty { get; } = new(
        0, FrozenDictionary<string, int>.Empty, FrozenDictionary<string, int>.Empty, FrozenDictionary<string, int>.Empty);

    /// <summary>The background shipped with Parallax.</summary>
    public static BackgroundFrequencies Default => Shipped.Value;

    /// <summary>Documents counted.</summary>
    public int DocumentCount { get; }

    /// <summary>Documents per stemmed content term.</summary>
    public FrozenDictionary<string, int> Terms { get; }

    /// <summary>Documents per folded name key.</summary>
    public FrozenDictionary<string, int> Names { get; }

    /// <summary>Documents per calendar anchor.</summary>
    public FrozenDictionary<string, int> Anchors { get; }

    /// <summary>
    /// Counts <paramref name="documents"/> with the features the detector would extract under
    /// <paramref name="options"/>, keeping keys seen in at least <paramref name="minimumFrequency"/> documents.
    /// Documents with no words are skipped.
    /// </summary>
    public static BackgroundFrequencies Count(IEnumerable<Document> documents, StoryDetectorOptions? options = null, int minimumFrequency = 2)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumFrequency, 1);
        var extractor = new FeatureExtractor(options ?? StoryDetectorOptions.Default);
        var counts = new DocumentFrequencies(Empty);
        foreach (var document in documents)
        {
            var raw = extractor.Extract(document);
            if (raw.Terms.Count > 0 || raw.Names.Count > 0)
            {
                counts.Add(raw);
            }
        }

        return new BackgroundFrequencies(
            counts.Count, Kept(counts.Terms, minimumFrequency), Kept(counts.Names, minimumFrequency), Kept(counts.Anchors, minimumFrequency));
    }

    /// <summary>Writes the counts as gzip-compressed tab-separated text, keys in ordinal order (the same counts give the same bytes).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Magic}\t{DocumentCount}"));
        WriteKind(writer, 'T', Terms);
        WriteKind(writer, 'N', Names);
        WriteKind(writer, 'A', Anchors);
    }

    /// <summary>Reads counts written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream does not hold background frequencies.</exception>
    public static BackgroundFrequencies Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var header = reader.ReadLine()?.Split('\t');
        if (header is not [Magic, var n] || !int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var documentCount))
        {
            throw new InvalidDataException("Not a background frequency file (or a version this build cannot read).");
        }

        var kinds = new Dictionary<char, Dictionary<string, int>>
        {
            ['T'] = new(StringComparer.Ordinal), ['N'] = new(StringComparer.Ordinal), ['A'] = new(StringComparer.Ordinal),
        };
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var fields = line.Split('\t');
            if (fields is not [[var kind], var key, var df] || !kinds.TryGetValue(kind, out var target)
                || !int.TryParse(df, NumberStyles.None, CultureInfo.InvariantCulture, out var frequency))
            {
                throw new InvalidDataException($"Background frequency file, line {lineNumber}: expected KIND<tab>KEY<tab>COUNT.");
            }

            target[key] = frequency;
        }

        return new BackgroundFrequencies(
            documentCount, kinds['T'].ToFrozenDictionary(StringComparer.Ordinal), kinds['N'].ToFrozenDictionary(StringComparer.Ordinal),
            kinds['A'].ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Counts read back from a saved stream state.</summary>
    internal static BackgroundFrequencies From(
        int documentCount, Dictionary<string, int> terms, Dictionary<string, int> names, Dictionary<string, int> anchors) =>
        documentCount == 0 && terms.Count == 0 && names.Count == 0 && anchors.Count == 0
            ? Empty
            : new(
                documentCount, terms.ToFrozenDictionary(StringComparer.Ordinal), names.ToFrozenDictionary(StringComparer.Ordinal),
                anchors.ToFrozenDictionary(StringComparer.Ordinal));

    private static BackgroundFrequencies LoadShipped()
    {
        using var stream = typeof(BackgroundFrequencies).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from this build.");
        return Load(stream);
    }

    private static FrozenDictionary<string, int> Kept(KeyTable counts, int minimum) =>
        counts.Counted().Where(c => c.Value >= minimum).ToFrozenDictionary(StringComparer.Ordinal);

    private static void WriteKind(StreamWriter writer, char kind, FrozenDictionary<string, int> counts)
    {
        foreach (var (key, count) in counts.OrderBy(static c => c.Key, StringComparer.Ordinal))
        {
            writer.Write(kind);
            writer.Write('\t');
            writer.Write(key);
            writer.Write('\t');
            writer.WriteLine(count.ToString(CultureInfo.InvariantCulture));
        }
    }
}
