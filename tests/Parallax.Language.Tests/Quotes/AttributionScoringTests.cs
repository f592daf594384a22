using Parallax.Core.Evaluation;
using Parallax.Core.Text;
using Parallax.Language.Quotes.Evaluation;
using Parallax.Tests.Shared;

namespace Parallax.Language.Tests.Quotes;

public sealed class AttributionScoringTests
{
    private const string Text = "The Post reports that the mayor resigned. \"We are shocked,\" a spokesman said.";

    // Two attributions in the order the reader must keep: the first triggered by a span of its own, the second by its cue.
    private static readonly string Annotation = WriteAnnotation();

    private static string WriteAnnotation()
    {
        var brat = new BratFixture(Text);
        var post = brat.Span("Source", "The Post");
        var reports = brat.Span("Cue", "reports");
        var resigned = brat.Span("Content", "that the mayor resigned");
        var trigger = brat.Span("Attribution", "reports");
        brat.Attribution(trigger, ("Content", resigned), ("Cue", reports), ("Source", post));
        var shocked = brat.Span("Content", "We are shocked,");
        var spokesman = brat.Span("Source", "a spokesman");
        var said = brat.Span("Cue", "said");
        brat.Attribution(said, ("Source", spokesman), ("Content", shocked), ("Cue", said));
        return brat.ToString();
    }

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
