using System.IO.Compression;
using Parallax.Core.Annotations;
using Parallax.Core.Articles;
using Parallax.Stories.Features;

namespace Parallax.Stories.Tests.Features;

public sealed class BackgroundFrequenciesTests
{
    private static Document Doc(string id, string text) =>
        new(new Article { Id = id, Path = id, Source = "test", Body = [text] });

    private static BackgroundFrequencies CouncilBackground() => BackgroundFrequencies.Count(
        Enumerable.Range(0, 10).Select(i => Doc($"bg{i}", $"The council met for session {i} and argued about the budget."))
            .Append(Doc("bg-rare", "A ferry sank near the harbour.")));

    [Fact]
    public void Keys_seen_in_fewer_documents_than_the_minimum_are_dropped()
    {
        var background = CouncilBackground();

        Assert.Equal(11, background.DocumentCount);
        Assert.Equal(10, background.Terms.Of("council"));
        Assert.Equal(10, background.Terms.Of("budget"));
        Assert.False(background.Terms.Contains("harbour"));
        Assert.Equal(0, background.Terms.Of("harbour"));
        Assert.Equal(1, BackgroundFrequencies.Count([Doc("x", "A ferry sank near the harbour.")], minimumFrequency: 1).Terms.Of("harbour"));
    }

    [Fact]
    public void A_word_common_in_the_background_weighs_less_than_a_rare_one_from_the_first_article()
    {
        var article = Doc("a", "The council approved the harbour plan.");
        double Ratio(BackgroundFrequencies background)
        {
            var raw = new FeatureExtractor(StoryDetectorOptions.Default).Extract(article);
            var frequencies = new DocumentFrequencies(background);
            var counts = frequencies.Add(raw);
            var terms = new ArrivingArticle("a", null, counts, null, null, null, "").Profile(0, frequencies, 20).Terms;
            var weight = Enumerable.Range(0, terms.Length).ToDictionary(terms.Key, i => terms.Weights[i]);
            return weight["council"] / weight["harbour"];
        }

        Assert.Equal(1, Ratio(BackgroundFrequencies.Empty), 9);
        Assert.True(Ratio(CouncilBackground()) < 0.6);
    }

    [Fact]
    public void Saved_counts_load_back_equal_and_the_same_counts_give_the_same_bytes()
    {
        var background = CouncilBackground();
        var first = Save(background);
        var loaded = BackgroundFrequencies.Load(new MemoryStream(first));

        Assert.Equal(background.DocumentCount, loaded.DocumentCount);
        Assert.Equal(background.Terms.Entries, loaded.Terms.Entries);
        Assert.Equal(background.Names.Entries, loaded.Names.Entries);
        Assert.Equal(background.Anchors.Entries, loaded.Anchors.Entries);
        Assert.Equal(10, loaded.Terms.Of("council"));
        Assert.Equal(first, Save(CouncilBackground()));
        Assert.Equal(first, Save(loaded));
    }

    [Fact]
    public void A_file_that_is_not_background_counts_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => BackgroundFrequencies.Load(new MemoryStream(Gzip("hello\n"u8))));
        Assert.Throws<InvalidDataException>(() => BackgroundFrequencies.Load(new MemoryStream("not gzip"u8.ToArray())));
        var saved = Inflate(Save(CouncilBackground()));
        Assert.Throws<InvalidDataException>(() => BackgroundFrequencies.Load(new MemoryStream(Gzip(saved.AsSpan(0, saved.Length - 3)))));
        Assert.Throws<InvalidDataException>(() => BackgroundFrequencies.Load(new MemoryStream(Gzip([.. saved, 0]))));
    }

    [Fact]
    public void A_file_of_the_earlier_text_format_is_refused_as_such()
    {
        var error = Assert.Throws<InvalidDataException>(() => BackgroundFrequencies.Load(
            new MemoryStream(Gzip("parallax-background-frequencies/1\t3\nT\tcouncil\t2\n"u8))));

        Assert.Contains("text format of an earlier version", error.Message, StringComparison.Ordinal);
        Assert.Contains("parallax train stories", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_given_by_key_are_looked_up_by_key_and_kept_apart_per_kind()
    {
        var background = BackgroundFrequencies.Of(
            7,
            HashedCounts.Of([new("council", 5), new("budget", 2)]),
            HashedCounts.Of([new("council", 3)]),
            HashedCounts.Empty);

        Assert.Equal(5, background.Terms.Of("council"));
        Assert.Equal(2, background.Terms.Of("budget"));
        Assert.Equal(3, background.Names.Of("council"));
        Assert.Equal(0, background.Names.Of("budget"));
        Assert.Equal(0, background.Terms.Of("Council"));
    }

    [Fact]
    public void Entries_with_the_same_hash_keep_the_larger_count_whatever_their_order()
    {
        var hash = HashedCounts.Hash("council");

        Assert.Equal(4, HashedCounts.FromHashes([new(hash, 4), new(hash, 1)]).Of("council"));
        Assert.Equal(4, HashedCounts.FromHashes([new(hash, 1), new(hash, 4)]).Of("council"));
        Assert.Equal(1, HashedCounts.FromHashes([new(hash, 1), new(hash, 4)]).Count);
    }

    [Fact]
    public void The_shipped_file_is_a_header_and_fixed_width_hash_records_only()
    {
        using var resource = typeof(BackgroundFrequencies).Assembly.GetManifestResourceStream("Parallax.Stories.Models.background-frequencies.bin.gz");
        Assert.NotNull(resource);
        using var compressed = new MemoryStream();
        resource.CopyTo(compressed);
        var bytes = Inflate(compressed.ToArray());
        using var reader = new BinaryReader(new MemoryStream(bytes));

        // Every byte is accounted for: the header, the document count, then per kind a record count and records of a
        // 64-bit hash and a 32-bit count in ascending hash order; nowhere is there room for a key's text.
        Assert.Equal("parallax-background-frequencies", reader.ReadString());
        Assert.Equal(2, reader.ReadInt32());
        Assert.Equal(BackgroundFrequencies.Default.DocumentCount, reader.ReadInt32());
        var records = 0;
        for (var kind = 0; kind < 3; kind++)
        {
            var count = reader.ReadInt32();
            var previous = 0UL;
            for (var i = 0; i < count; i++)
            {
                var hash = reader.ReadUInt64();
                Assert.True(i == 0 || hash > previous);
                Assert.InRange(reader.ReadInt32(), 2, BackgroundFrequencies.Default.DocumentCount);
                previous = hash;
            }

            records += count;
        }

        Assert.Equal(bytes.Length, reader.BaseStream.Position);
        Assert.True(records > 10_000);
        foreach (var word in (string[])["government", "president", "minister", "police", "people"])
        {
            Assert.Equal(-1, bytes.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(word)));
        }
    }

    [Fact]
    public void The_shipped_background_counts_news_so_that_common_words_are_frequent()
    {
        var shipped = BackgroundFrequencies.Default;

        Assert.True(shipped.DocumentCount > 1000);
        Assert.True(shipped.Terms.Count > 1000);
        Assert.True(shipped.Terms.Of("year") > shipped.DocumentCount / 20);
        Assert.True(shipped.Terms.Of("year") > shipped.Terms.Of("ferri"));
    }

    [Fact]
    public void A_restored_stream_keeps_the_background_it_started_from()
    {
        var background = CouncilBackground();
        var detector = new StreamingStoryDetector(StoryDetectorOptions.Default, background);
        detector.Add([Doc("a", "The council approved the harbour plan.")]);
        detector.TakeChanges();

        var restored = StreamingStoryDetector.Restore(detector.SaveState());

        Assert.Equal(background.DocumentCount, restored.Background.DocumentCount);
        Assert.Equal(background.Terms.Entries, restored.Background.Terms.Entries);
        Assert.Equal(background.Names.Entries, restored.Background.Names.Entries);
        Assert.Equal(10, restored.Background.Terms.Of("council"));
        Assert.Equal(detector.SaveState(), restored.SaveState());
    }

    private static byte[] Save(BackgroundFrequencies background)
    {
        using var buffer = new MemoryStream();
        background.Save(buffer);
        return buffer.ToArray();
    }

    private static byte[] Gzip(ReadOnlySpan<byte> bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var inflated = new MemoryStream();
        using (var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            gzip.CopyTo(inflated);
        }

        return inflated.ToArray();
    }
}
