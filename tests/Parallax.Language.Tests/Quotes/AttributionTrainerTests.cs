using Parallax.Core.Annotations;
using Parallax.Language.Quotes;
using Parallax.Language.Quotes.Evaluation;
using Parallax.Language.Quotes.Tagging;

namespace Parallax.Language.Tests.Quotes;

public sealed class AttributionTrainerTests
{
    private static readonly AttributionTrainingOptions Options = new(MaxIterations: 6, Seed: 7, PruneBelow: 0, CueBias: 0);

    // An invented corpus: reporting verbs beyond speech ("estimated", "concluded", "announced", "warned"), sources
    // that are documents and people, contents without quotation marks.
    private static readonly AttributionDocument[] Corpus =
    [
        MarkedCorpus.Document(
            "a.txt",
            "[S The port authority] [C estimated] [T that cargo traffic would double by the autumn].",
            "Ferries left on time all week.",
            "[S Harbour master Lene Quist] [C warned] [T the pier could not take heavier ships]."),
        MarkedCorpus.Document(
            "b.txt",
            "[S An inspection report] [C concluded] [T that the valley dam needed new gates].",
            "Rain fell over the hills on Tuesday.",
            "[S Engineer Bram Otten] [C announced] [T the repairs would begin in March]."),
        MarkedCorpus.Document(
            "c.txt",
            "[S The rail board] [C estimated] [T that the tunnel works would cost less than planned].",
            "The trains ran as usual.",
            "[S Councillor Ida Moen] [C warned] [T the station square could flood again]."),
    ];

    [Theory]
    [InlineData(SpanDecoding.Greedy)]
    [InlineData(SpanDecoding.Viterbi)]
    public void Training_twice_on_the_same_corpus_writes_the_same_bytes(SpanDecoding decoding)
    {
        var options = Options with { Decoding = decoding };

        Assert.Equal(Saved(AttributionTrainer.Train(Corpus, options: options).Model), Saved(AttributionTrainer.Train(Corpus, options: options).Model));
    }

    [Theory]
    [InlineData(SpanDecoding.Greedy)]
    [InlineData(SpanDecoding.Viterbi)]
    public void A_trained_model_finds_a_non_speech_cue_and_its_content_in_new_text(SpanDecoding decoding)
    {
        var model = AttributionTrainer.Train(Corpus, options: Options with { Decoding = decoding }).Model;
        var loaded = AttributionModel.Load(new MemoryStream(Saved(model)));
        const string Sentence = "The water board estimated that the canal locks would reopen by the summer.";
        var document = Annotate(loaded, Sentence);

        Assert.Empty(Annotate(null, Sentence).Attributions); // the rules alone do not know the verb

        var found = Assert.Single(document.Attributions);
        Assert.Equal("estimated", document.Slice(found.Cue!.Value));
        Assert.Contains("the canal locks would reopen", document.Slice(found.Content), StringComparison.Ordinal);
        Assert.Equal(AttributionKind.Indirect, found.Kind);
    }

    [Fact]
    public void The_model_format_keeps_the_cue_bias_and_the_decoding()
    {
        var model = AttributionTrainer.Train(Corpus, options: Options with { CueBias = 2.5f, MaxIterations = 1, Decoding = SpanDecoding.Viterbi }).Model;
        var loaded = AttributionModel.Load(new MemoryStream(Saved(model)));

        Assert.Equal(2.5f, loaded.CueBias);
        Assert.Equal(SpanDecoding.Viterbi, loaded.Decoding);
    }

    [Fact]
    public void A_cue_found_by_the_viterbi_tagger_next_to_quotation_marks_stays_indirect()
    {
        // The tagger reads reporting, not quotation marks: what it adds is never shown as a direct quote.
        var model = AttributionTrainer.Train(Corpus, options: Options with { Decoding = SpanDecoding.Viterbi }).Model;
        var document = Annotate(model, "The water board estimated that the “canal locks” would reopen by the summer.");

        var found = Assert.Single(document.Attributions, a => a.Cue is { } cue && document.Slice(cue) == "estimated");
        Assert.Equal(AttributionKind.Indirect, found.Kind);
    }

    private static Document Annotate(AttributionModel? model, params string[] paragraphs)
    {
        var builder = new Core.Pipeline.ParallaxPipelineBuilder().UseSentences().UseTokens().UseEntities();
        builder.Annotators.Add(new QuoteAttributor(model));
        return builder.Build().Annotate(TestDocuments.Article("fixture", paragraphs));
    }

    private static byte[] Saved(AttributionModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
