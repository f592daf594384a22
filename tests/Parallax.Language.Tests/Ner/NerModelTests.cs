using Parallax.Core.Annotations;
using Parallax.Language.Entities;
using Parallax.Language.Entities.Ner;

namespace Parallax.Language.Tests.Ner;

public class NerModelTests
{
    private static byte[] Bytes(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var documents = NerFixtures.Documents();

        var first = NerTrainer.Train(documents, documents, NerFixtures.Options);
        var second = NerTrainer.Train(documents, documents, NerFixtures.Options);

        Assert.Equal(Bytes(first.Model), Bytes(second.Model));
        Assert.Equal(first.DevelopmentF1.ToArray(), second.DevelopmentF1.ToArray());
        Assert.Equal(NerFixtures.Options.MaxIterations, first.DevelopmentF1.Length);
    }

    [Fact]
    public void A_saved_model_loads_to_the_same_tags_and_bytes()
    {
        var documents = NerFixtures.Documents();
        var model = NerTrainer.Train(documents, options: NerFixtures.Options).Model;

        var bytes = Bytes(model);
        var loaded = NerModel.Load(new MemoryStream(bytes));

        Assert.Equal(bytes, Bytes(loaded));
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
        Assert.Equal(model.Gazetteer.Count, loaded.Gazetteer.Count);
        Assert.Equal(model.LowercaseWords.Hashes, loaded.LowercaseWords.Hashes);
        foreach (var document in documents)
        {
            string[][] sentences = [.. document.Sentences.Select(s => s.Words.ToArray())];
            Assert.Equal(model.Tag(sentences).SelectMany(t => t), loaded.Tag(sentences).SelectMany(t => t));
        }
    }

    [Fact]
    public void A_saved_model_holds_no_text_of_its_training_names_or_words()
    {
        var documents = NerFixtures.Documents();
        var model = NerTrainer.Train(documents, options: NerFixtures.Options).Model;
        using var unzipped = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(new MemoryStream(Bytes(model)), System.IO.Compression.CompressionMode.Decompress))
        {
            gzip.CopyTo(unzipped);
        }

        var content = System.Text.Encoding.UTF8.GetString(unzipped.ToArray());
        var words = documents.SelectMany(d => d.Sentences).SelectMany(s => s.Words).Where(w => w.Length >= 5).Distinct().ToArray();
        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.DoesNotContain(w, content, StringComparison.Ordinal));
        Assert.True(model.Gazetteer.Count > 0 && model.LowercaseWords.Count > 0);
    }

    [Fact]
    public void The_model_learns_its_training_names()
    {
        var documents = NerFixtures.Documents();

        // Kept as in real training: the best pass on a development set, here the training documents themselves.
        var model = NerTrainer.Train(documents, documents, NerFixtures.Options).Model;

        Assert.Equal(1.0, NerTrainer.Evaluate(model, documents).Overall.F1);
    }

    [Fact]
    public void Pruning_drops_weak_features()
    {
        var documents = NerFixtures.Documents();

        var full = NerTrainer.Train(documents, options: NerFixtures.Options).Model;
        var pruned = NerTrainer.Train(documents, options: NerFixtures.Options with { PruneBelow = 0.5f }).Model;

        Assert.InRange(pruned.FeatureCount, 1, full.FeatureCount - 1);
    }

    [Fact]
    public void Something_that_is_not_a_model_is_refused()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("not a model"u8);
        }

        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => NerModel.Load(stream));
    }

    [Fact]
    public void The_shipped_model_finds_people_places_and_organisations()
    {
        var tags = NerModel.Default.Tag([["Chancellor", "Anja", "Vollrath", "met", "officials", "of", "the", "European", "Commission", "in", "Hamburg", "."]]);

        Assert.Equal(
            [new EntityTag(1, 2, EntityKind.Person), new EntityTag(7, 2, EntityKind.Organization), new EntityTag(10, 1, EntityKind.Location)],
            tags[0].ToArray());
    }
}
