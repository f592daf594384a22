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
/// are dropped: they say nothing about a word being common and make up most of the vocabulary. Keys are kept as
/// hashes (<see cref="HashedCounts"/>), so the shipped file holds no word of the texts it was counted on. Immutable.
/// </remarks>
public sealed class BackgroundFrequencies
{
    // Format 2: after the header, the document count, then terms, names and anchors, each a count and fixed-width
    // records (64-bit key hash, 32-bit document count; little-endian) in ascending hash order. Format 1 was text
    // listing the keys themselves; its first line began with FormatOneMagic.
    private const string Magic = "parallax-background-frequencies";
    private const int Version = 2;
    private const string FormatOneMagic = "parallax-background-frequencies/1";
    private const string ResourceName = "Parallax.Stories.Models.background-frequencies.bin.gz";
    private static readonly Lazy<BackgroundFrequencies> Shipped = new(LoadShipped);

    private BackgroundFrequencies(int documentCount, HashedCounts terms, HashedCounts names, HashedCounts anchors)
    {
        DocumentCount = documentCount;
        Terms = terms;
        Names = names;
        Anchors = anchors;
    }

    /// <summary>No background: IDF from the stream alone.</summary>
    public static BackgroundFrequencies Empty { get; } = new(0, HashedCounts.Empty, HashedCounts.Empty, HashedCounts.Empty);

    /// <summary>The background shipped with Parallax.</summary>
    public static BackgroundFrequencies Default => Shipped.Value;

    /// <summary>Documents counted.</summary>
    public int DocumentCount { get; }

    /// <summary>Documents per stemmed content term.</summary>
    public HashedCounts Terms { get; }

    /// <summary>Documents per folded name key.</summary>
    public HashedCounts Names { get; }

    /// <summary>Documents per calendar anchor.</summary>
    public HashedCounts Anchors { get; }

    /// <summary>Counts of <paramref name="documentCount"/> documents given per kind of key.</summary>
    public static BackgroundFrequencies Of(int documentCount, HashedCounts terms, HashedCounts names, HashedCounts anchors)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(documentCount);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(anchors);
        return documentCount == 0 && terms.Count == 0 && names.Count == 0 && anchors.Count == 0
            ? Empty
            : new(documentCount, terms, names, anchors);
    }

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

        return Of(counts.Count, Kept(counts.Terms, minimumFrequency), Kept(counts.Names, minimumFrequency), Kept(counts.Anchors, minimumFrequency));
    }

    /// <summary>Writes the counts in the gzip-compressed binary format, records in hash order (the same counts give the same bytes).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(DocumentCount);
        foreach (var counts in (ReadOnlySpan<HashedCounts>)[Terms, Names, Anchors])
        {
            writer.Write(counts.Count);
            foreach (var (hash, count) in counts.Entries)
            {
                writer.Write(hash);
                writer.Write(count);
            }
        }
    }

    /// <summary>Reads counts written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">
    /// The stream does not hold background frequencies of this format (a file of the earlier text format is named as such).
    /// </exception>
    public static BackgroundFrequencies Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var inflated = new MemoryStream();
        try
        {
            using (var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true))
            {
                gzip.CopyTo(inflated);
            }

            inflated.Position = 0;
            using var reader = new BinaryReader(inflated, Encoding.UTF8);
            CheckHeader(reader, inflated);
            var documentCount = reader.ReadInt32();
            var terms = ReadCounts(reader);
            var names = ReadCounts(reader);
            var anchors = ReadCounts(reader);
            if (inflated.Position != inflated.Length)
            {
                throw new InvalidDataException("The background frequency file goes on after its last record.");
            }

            return Of(documentCount, terms, names, anchors);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("The background frequency file ends early.", ex);
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException($"Not a background frequency file of format version {Version}.", ex);
        }
        catch (IOException ex) when (ex is not EndOfStreamException)
        {
            throw new InvalidDataException("The background frequency file cannot be read: " + ex.Message, ex);
        }
    }

    private static void CheckHeader(BinaryReader reader, MemoryStream inflated)
    {
        if (inflated.GetBuffer().AsSpan(0, (int)inflated.Length).StartsWith(Encoding.ASCII.GetBytes(FormatOneMagic)))
        {
            throw new InvalidDataException(
                "This background frequency file has the text format of an earlier version (format 1, keys as text); "
                + $"this build reads format {Version} (keys as hashes): count it again with `parallax train stories`.");
        }

        if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException($"Not a background frequency file of format version {Version}.");
        }
    }

    private static HashedCounts ReadCounts(BinaryReader reader)
    {
        var entries = new KeyValuePair<ulong, int>[reader.ReadInt32()];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = KeyValuePair.Create(reader.ReadUInt64(), reader.ReadInt32());
            if (i > 0 && entries[i].Key <= entries[i - 1].Key)
            {
                throw new InvalidDataException("The background frequency file's records are not in ascending hash order.");
            }
        }

        return HashedCounts.FromHashes(entries);
    }

    private static BackgroundFrequencies LoadShipped()
    {
        using var stream = typeof(BackgroundFrequencies).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from this build.");
        return Load(stream);
    }

    private static HashedCounts Kept(KeyTable counts, int minimum) => HashedCounts.Of(counts.Counted().Where(c => c.Documents >= minimum).Select(static c => KeyValuePair.Create(c.Key, c.Documents)));
}
