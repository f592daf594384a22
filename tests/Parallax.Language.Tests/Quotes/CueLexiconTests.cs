using Parallax.Language.Entities.Ner;
using Parallax.Language.Quotes;
using Parallax.Language.Quotes.Tagging;

namespace Parallax.Language.Tests.Quotes;

public sealed class CueLexiconTests
{
    [Fact]
    public void A_stem_is_classed_by_how_often_it_was_a_cue_and_in_what_share_of_its_uses()
    {
        Assert.Equal(CueLexicon.NoEvidence, CueLexicon.ClassOf(0, 40));

        var once = CueLexicon.ClassOf(1, 1);
        var rareShare = CueLexicon.ClassOf(2, 40);
        var often = CueLexicon.ClassOf(300, 400);

        Assert.All(new[] { once, rareShare, often }, c => Assert.NotEqual(CueLexicon.NoEvidence, c));
        Assert.Equal(3, new[] { once, rareShare, often }.Distinct().Count());
        Assert.Equal(CueLexicon.ClassOf(3, 4), CueLexicon.ClassOf(4, 5)); // the same share and about as many cues
    }

    [Fact]
    public void The_lexicon_counts_the_stems_of_labelled_cues_and_keeps_no_stem_never_seen_in_one()
    {
        var paragraph = TestParagraphs.Of("The harbour master grumbled that the pier was closing.");
        var cues = Labels(paragraph, "grumbled");

        var lexicon = CueLexicon.Learn([(paragraph, cues)]);

        Assert.Equal(CueLexicon.ClassOf(1, 1), lexicon.ClassOfStem(paragraph.Stems[Array.IndexOf(paragraph.Lower, "grumbled")]));
        Assert.Equal(CueLexicon.NoEvidence, lexicon.ClassOfStem(paragraph.Stems[Array.IndexOf(paragraph.Lower, "pier")]));
        Assert.Equal(1, lexicon.Count);
    }

    [Fact]
    public void The_cue_tagger_reads_the_class_of_the_stem()
    {
        var paragraph = TestParagraphs.Of("The harbour master grumbled that the pier was closing.");
        var grumbled = Array.IndexOf(paragraph.Lower, "grumbled");
        var lexicon = CueLexicon.Learn([(paragraph, Labels(paragraph, "grumbled"))]);
        var features = new List<ulong>();

        new CueFeatures(paragraph, lexicon).AddObserved(grumbled, features);

        Assert.Contains(FeatureHash.Of((uint)AttributionFeature.CueLexiconClass, CueLexicon.ClassOf(1, 1)), features);
    }

    [Fact]
    public void In_training_a_document_reads_a_lexicon_without_its_own_cues()
    {
        var first = TestParagraphs.Of("The harbour master grumbled that the pier was closing.");
        var second = TestParagraphs.Of("The ferry captain grumbled that the tide was low.");
        List<List<(AttributionParagraph, int[], int[])>> examples =
        [
            [(first, Labels(first, "grumbled"), new int[first.Length])],
            [(second, new int[second.Length], new int[second.Length])],
        ];
        var stem = first.Stems[Array.IndexOf(first.Lower, "grumbled")];

        var lexicons = AttributionTrainer.FoldLexicons(examples, folds: 2);

        Assert.Equal(CueLexicon.NoEvidence, lexicons[0].ClassOfStem(stem)); // its own cue is not counted for it
        Assert.Equal(CueLexicon.ClassOf(1, 1), lexicons[1].ClassOfStem(stem));
        Assert.All(AttributionTrainer.FoldLexicons(examples, folds: 0), l => Assert.Equal(0, l.Count));
    }

    [Fact]
    public void The_model_format_keeps_the_lexicon()
    {
        var corpus = new[]
        {
            MarkedCorpus.Document("a.txt", "[S The port authority] [C estimated] [T that cargo traffic would double]."),
            MarkedCorpus.Document("b.txt", "[S The rail board] [C estimated] [T that the tunnel works would cost less]."),
        };
        var model = AttributionTrainer.Train(corpus, options: new(MaxIterations: 1, PruneBelow: 0, LexiconFolds: 2)).Model;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var loaded = AttributionModel.Load(stream);

        Assert.Equal(CueLexicon.ClassOf(2, 2), model.Lexicon.ClassOfStem("estim"));
        Assert.Equal(model.Lexicon.ClassOfStem("estim"), loaded.Lexicon.ClassOfStem("estim"));
    }

    private static int[] Labels(AttributionParagraph paragraph, string cue)
    {
        var labels = new int[paragraph.Length];
        labels[Array.IndexOf(paragraph.Lower, cue)] = SpanLabels.Begin(0);
        return labels;
    }
}
