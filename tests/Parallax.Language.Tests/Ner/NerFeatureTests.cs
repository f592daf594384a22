using Parallax.Core.Annotations;
using Parallax.Language.Clusters;
using Parallax.Language.Entities.Ner;

namespace Parallax.Language.Tests.Ner;

public class NerFeatureTests
{
    private static readonly NameGazetteer Names = NameGazetteer.Learn(
    [
        (["Valdor", "Bank"], EntityKind.Organization),
        (["Brastova"], EntityKind.Location),
        (["Brastova"], EntityKind.Organization),
    ]);

    private static NerSentenceView[] Views(params string[][] sentences) =>
        NerModel.Views(sentences, Names, HashedWords.Of(["the", "bank"]), WordClusters.Default);

    private static List<ulong> Static(NerSentenceView sentence, int i)
    {
        var features = new List<ulong>();
        NerFeatureExtractor.AddStatic(sentence, i, features);
        return features;
    }

    [Theory]
    [InlineData("McDonald's", "XxXxxxx'x", "XxXx'x")]
    [InlineData("2031-04-17", "dddd-dd-dd", "d-d-d")]
    [InlineData("U.S.", "X.X.", "X.X.")]
    public void Shapes_cap_runs_at_four_and_short_shapes_collapse_them(string word, string shape, string brief)
    {
        Assert.Equal((shape, brief), NerSentenceView.ShapesOf(word));
    }

    [Fact]
    public void Normalised_words_are_lower_case_with_digits_as_zero()
    {
        Assert.Equal("0000-00-00 and b00", NerSentenceView.Normalise("2031-04-17 AND B52"));
    }

    [Fact]
    public void The_gazetteer_marks_the_longest_known_name_with_its_kinds()
    {
        var sentence = Views(["Shares", "of", "Valdor", "Bank", "and", "Brastova", "fell"])[0];

        var organization = 1 << (int)EntityKind.Organization;
        var location = 1 << (int)EntityKind.Location;
        Assert.Equal([0, 0, 16 + organization, 48 + organization, 0, 64 + organization + location, 0], sentence.Gazetteer);
    }

    [Fact]
    public void Headline_words_are_read_in_title_case_for_the_gazetteer()
    {
        var sentence = Views(["BRASTOVA", "WINS"])[0];

        Assert.NotNull(sentence.HeadlineWords);
        Assert.Equal("Brastova", sentence.HeadlineWords![0]);
        Assert.NotEqual(0, sentence.Gazetteer[0]);
        Assert.NotEqual(0, sentence.Casing[0] & NerSentenceView.HeadlineBit);
    }

    [Fact]
    public void Casing_records_how_the_document_writes_a_sentence_initial_word()
    {
        var views = Views(["Bank", "shares", "rose"], ["The", "bank", "met", "Oumlil"], ["Oumlil", "left"]);

        var bank = views[0].Casing[0];
        Assert.NotEqual(0, bank & NerSentenceView.InitialBit);
        Assert.NotEqual(0, bank & NerSentenceView.SeenLowerInDocumentBit);
        Assert.NotEqual(0, bank & NerSentenceView.SeenLowerInTrainingBit);
        var oumlil = views[2].Casing[0];
        Assert.NotEqual(0, oumlil & NerSentenceView.SeenCapitalisedMidSentenceBit);
        Assert.Equal(0, oumlil & NerSentenceView.SeenLowerInDocumentBit);
    }

    [Fact]
    public void A_token_sees_the_neighbours_of_its_other_mentions()
    {
        var views = Views(["Oumlil", "left"], ["Coach", "Oumlil", "said"]);

        Assert.Equal([(1, "coach"), (2, "said")], views[0].OtherMentionNeighbours[0]);
        Assert.Equal([(1, "<s>"), (2, "left")], views[1].OtherMentionNeighbours[1]);
    }

    [Fact]
    public void Features_depend_on_the_word_and_its_context_and_are_stable()
    {
        var views = Views(["Mr.", "Oumlil", "spoke"], ["Mr.", "Oumlil", "spoke"], ["Mr.", "Hale", "spoke"]);

        var first = Static(views[0], 1);
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.Equal(Static(Views(["Mr.", "Oumlil", "spoke"])[0], 1), Static(Views(["Mr.", "Oumlil", "spoke"])[0], 1));
        var other = Static(views[2], 1);
        Assert.NotEqual(first, other);
        Assert.NotEmpty(first.Intersect(other)); // shape, bias and context features are shared
    }

    [Fact]
    public void Dynamic_features_change_with_the_previous_labels()
    {
        var sentence = Views(["Tarek", "Oumlil"])[0];
        var afterPerson = new List<ulong>();
        var afterNothing = new List<ulong>();

        NerFeatureExtractor.AddLabels(sentence, 1, BilouLabels.Of(0, EntityKind.Person), -1, afterPerson);
        NerFeatureExtractor.AddLabels(sentence, 1, BilouLabels.Outside, -1, afterNothing);

        Assert.NotEqual(afterPerson, afterNothing);
    }

    [Fact]
    public void Words_of_different_clusters_get_different_cluster_features_and_none_without_clusters()
    {
        string[] words = ["Oumlil", "said", "the", "talks", "ended"];
        var withClusters = Views(words)[0];
        var without = NerModel.Views([words], Names, HashedWords.Of(["the", "bank"]), clusters: null)[0];
        var clusters = WordClusters.Default!;
        Assert.NotEqual(clusters.ClusterOf("said", 2), clusters.ClusterOf("the", 2));

        var saidClusters = Static(withClusters, 1).Except(Static(without, 1)).ToArray();
        var theClusters = Static(withClusters, 2).Except(Static(without, 2)).ToArray();

        Assert.Equal(7, saidClusters.Length);
        Assert.NotEqual(saidClusters, theClusters);
        Assert.Empty(Static(without, 1).Except(Static(withClusters, 1)));
    }
}
