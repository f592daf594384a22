using Parallax.Core.Evaluation;
using Parallax.Core.Text;
using Parallax.Language.Quotes.Evaluation;

namespace Parallax.Language.Tests.Quotes;

public sealed class AttributionScoringTests
{
    private const string Text = "The Post reports that the mayor resigned. \"We are shocked,\" a spokesman said.";

    // Offsets worked out by hand: "The Post" 0-8, "reports" 9-16, "that the mayor resigned" 17-40,
    // "We are shocked," 43-58, "a spokesman" 60-71, "said" 72-76.
    private const string Annotation = """
        T1	Source 0 8	The Post
        T2	Cue 9 16	reports
        T3	Content 17 40	that the mayor resigned
        T4	Attribution 9 16	reports
        E1	Attribution:T4 Content:T3 Cue:T2 Source:T1
        T5	Content 43 58	We are shocked,
        T6	Source 60 71	a spokesman
        T7	Cue 72 76	said
        E2	Attribution:T7 Source:T6 Content:T5 Cue:T7
        """;

    private static TextSpan Of(string phrase) => new(Text.IndexOf(phrase, StringComparison.Ordinal), phrase.Length);

    [Fact]
    public void The_reader_labels_spans_and_ties_them_into_attributions()
    {
        var document = BratReader.Read("a.txt", Text, Annotation);

        Assert.Equal<TextSpan>([Of("The Post"), Of("a spokesman")], document.Sources);
        Assert.Equal<TextSpan>([Of("reports"), Of("said")], document.Cues);
        Assert.Equal<TextSpan>([Of("that the mayor resigned"), Of("We are shocked,")], document.Contents);
        Assert.Equal(2, document.Attributions.Length);
        Assert.Equal(Of("The Post"), document.Attributions[0].Source);
    }

    [Fact]
    public void Offsets_count_code_points_as_brat_does()
    {
        const string text = "😀 Jo said it";
        var document = BratReader.Read("e.txt", text, "T1\tSource 2 4\tJo");

        Assert.Equal("Jo", document.Sources[0].Slice(text));
    }

    [Fact]
    public void Exact_and_overlap_matches_and_speakers_are_counted_by_hand()
    {
        var gold = BratReader.Read("a.txt", Text, Annotation);

        // First: content without "that" (overlap only), right source and cue. Second: exact content, a source of
        // "spokesman" only (overlap) and no cue. A third, spurious one.
        var system = new[]
        {
            new SystemAttribution(Of("The Post"), Of("reports"), Of("the mayor resigned")),
            new SystemAttribution(Of("spokesman"), null, Of("We are shocked,")),
            new SystemAttribution(null, Of("resigned"), Of("mayor")),
        };

        var score = AttributionScorer.ScoreDocument(gold, system);

        Assert.Equal(new MatchCounts(2, 2, 1), score.SourceExact);
        Assert.Equal(new MatchCounts(2, 2, 2), score.SourceOverlap);
        Assert.Equal(new MatchCounts(2, 2, 1), score.CueExact);
        Assert.Equal(new MatchCounts(2, 3, 1), score.ContentExact);
        Assert.Equal(new MatchCounts(2, 3, 2), score.ContentOverlap);
        Assert.Equal((2, 2), (score.SpeakersJudged, score.SpeakersRight));
        Assert.Equal(2.0 / 3, score.ContentOverlap.Precision, 9);
    }

    [Fact]
    public void A_content_matched_through_the_wrong_speaker_counts_against_speaker_accuracy()
    {
        var gold = BratReader.Read("a.txt", Text, Annotation);
        var system = new[] { new SystemAttribution(Of("the mayor"), Of("said"), Of("We are shocked,")) };

        var score = AttributionScorer.ScoreDocument(gold, system);

        Assert.Equal((1, 0), (score.SpeakersJudged, score.SpeakersRight));
    }

    [Fact]
    public void A_span_outside_the_text_is_refused_with_the_file_and_line()
    {
        var ex = Assert.Throws<InvalidDataException>(() => BratReader.Read("a.txt", Text, "T1\tSource 0 8\tThe Post\nT2\tCue 70 500\tx"));

        Assert.Contains("a.txt:2", ex.Message, StringComparison.Ordinal);
    }
}
