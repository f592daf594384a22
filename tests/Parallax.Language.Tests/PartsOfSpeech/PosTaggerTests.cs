using System.Collections.Immutable;
using Parallax.Language.Entities.Ner;
using Parallax.Language.PartsOfSpeech;

namespace Parallax.Language.Tests.PartsOfSpeech;

public sealed class PosTaggerTests
{
    private static readonly PosTrainingOptions Options = new(MaxIterations: 4, Seed: 3, PruneBelow: 0);

    // An invented corpus in word/TAG form: determiners, nouns, past-tense verbs and prepositions in a few orders.
    private static readonly ConllDocument[] Corpus =
    [
        Document(
            "The/DT ferry/NN left/VBD the/DT harbour/NN ./.",
            "A/DT pilot/NN boarded/VBD the/DT ship/NN at/IN dawn/NN ./."),
        Document(
            "The/DT mayor/NN opened/VBD a/DT bridge/NN ./.",
            "The/DT crew/NN waited/VBD in/IN the/DT rain/NN ./."),
        Document(
            "A/DT gull/NN circled/VBD the/DT pier/NN ./.",
            "The/DT tide/NN turned/VBD at/IN noon/NN ./."),
    ];

    [Fact]
    public void The_shipped_model_tags_unambiguous_words_of_an_invented_sentence()
    {
        var model = PosModel.Default;
        Assert.NotNull(model);

        var tags = model.Tag(["The", "harbour", "board", "said", "that", "it", "would", "close", "the", "quays", "on", "Friday", "."]);

        Assert.Equal("DT", tags[0]);
        Assert.Equal("VBD", tags[3]);
        Assert.Equal("PRP", tags[5]);
        Assert.Equal("MD", tags[6]);
        Assert.Equal("VB", tags[7]);
        Assert.Equal("NNS", tags[9]);
        Assert.Equal("IN", tags[10]);
        Assert.Equal("NNP", tags[11]);
        Assert.Equal(".", tags[12]);
    }

    [Fact]
    public void The_shipped_model_tells_a_verb_from_a_noun_by_its_context()
    {
        var model = PosModel.Default!;

        Assert.Equal("VBZ", model.Tag(["She", "attacks", "the", "plan", "."])[1]);
        Assert.Equal("NNS", model.Tag(["The", "attacks", "ended", "."])[1]);
    }

    [Fact]
    public void A_trained_model_tags_an_unseen_verb_by_its_suffix_and_place()
    {
        var model = PosTrainer.Train(Corpus, options: Options).Model;

        var tags = model.Tag(["The", "pilot", "anchored", "the", "ferry", "."]);

        Assert.Equal(["DT", "NN", "VBD", "DT", "NN", "."], tags.ToArray());
    }

    [Fact]
    public void Training_twice_writes_the_same_bytes_and_a_saved_model_reads_back_the_same()
    {
        var first = Saved(PosTrainer.Train(Corpus, options: Options).Model);
        var loaded = PosModel.Load(new MemoryStream(first));

        Assert.Equal(first, Saved(PosTrainer.Train(Corpus, options: Options).Model));
        Assert.Equal(first, Saved(loaded));
        Assert.Equal([".", "DT", "IN", "NN", "VBD"], loaded.Tags.ToArray()); // sorted, so the numbering is the same every time
    }

    [Fact]
    public void The_development_data_chooses_the_pass_and_is_scored_by_token()
    {
        var result = PosTrainer.Train(Corpus, Corpus, Options);

        Assert.Equal(Options.MaxIterations, result.DevelopmentAccuracy.Length);
        Assert.Equal(result.DevelopmentAccuracy.Max(), result.DevelopmentAccuracy[result.Iteration - 1]);
        var score = PosTrainer.Evaluate(result.Model, Corpus);
        Assert.Equal(Corpus.Sum(d => d.TokenCount), score.Tokens);
    }

    [Fact]
    public void Weights_of_more_than_32_labels_survive_saving()
    {
        var weights = new NerWeights([5UL, 9UL], [.. Enumerable.Range(0, 80).Select(i => i % 37 == 36 ? 1.5f : 0f)], labels: 40);
        var scores = new float[40];

        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            weights.Write(writer);
        }

        stream.Position = 0;
        NerWeights.Read(new BinaryReader(stream), 40).Score([5UL], scores);

        Assert.Equal(1.5f, scores[36], 3);
        Assert.Equal(0f, scores[35]);
    }

    private static ConllDocument Document(params string[] sentences) =>
        new([.. sentences.Select(s => s.Split(' ').Select(t => t.Split('/')).ToArray()).Select(p => new ConllSentence([.. p.Select(x => x[0])], [.. p.Select(x => x[1])]))]);

    private static byte[] Saved(PosModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
