using System.Text;
using Parallax.Core.Annotations;
using Parallax.Core.Text;
using Parallax.Language.Time;
using Parallax.Language.Time.Evaluation;
using Parallax.Tests.Shared;

namespace Parallax.Language.Tests.Time;

public sealed class TempEvalScoringTests
{
    private static string Tml { get; } = TimeMlFixture.Write(
        "2003-03-14",
        "Not scored",
        "Floods {closed} the port [Friday|DATE|2003-03-14] & again [three days|DURATION|P3D] later, [last week|DATE|2003-W10].");

    private static TimeMlDocument Document() => TimeMlReader.Read("x.tml", new MemoryStream(Encoding.UTF8.GetBytes(Tml)));

    [Fact]
    public void The_reader_keeps_the_text_of_TEXT_only_with_the_spans_and_values_of_its_timexes()
    {
        var document = Document();

        Assert.Equal("Floods closed the port Friday & again three days later, last week.", document.Text);
        Assert.Equal(new DateOnly(2003, 3, 14), document.CreationTime);
        Assert.Equal(3, document.Timexes.Length);
        Assert.Equal("Friday", document.Timexes[0].Span.Slice(document.Text));
        Assert.Equal("three days", document.Timexes[1].Span.Slice(document.Text));
        Assert.Equal(TimexType.Duration, document.Timexes[1].Type);
        Assert.Equal("2003-W10", document.Timexes[2].Value);
    }

    [Fact]
    public void Spans_types_and_values_are_counted_as_tempeval3_counts_them()
    {
        var document = Document();
        var text = document.Text;
        TimexAnnotation At(string phrase, TimexType type, string? value) =>
            new(new TextSpan(text.IndexOf(phrase, StringComparison.Ordinal), phrase.Length), type, value, null);

        // Friday: exact, right value. "three days later": overlaps gold "three days", right type, wrong value
        // (a date system value). "last": overlaps "last week", wrong type and value. "again": matches nothing.
        var system = new[]
        {
            At("Friday", TimexType.Date, "2003-03-14"),
            At("again", TimexType.Set, "XXXX"),
            At("three days later", TimexType.Duration, "2003-03-17"),
            At("last", TimexType.Time, null),
        };

        var score = TempEvalScorer.ScoreDocument(document, system);

        Assert.Equal((3, 4, 1, 3, 2, 1), (score.Gold, score.System, score.StrictMatches, score.RelaxedMatches, score.TypeMatches, score.ValueMatches));
        Assert.Equal(3.0 / 4, score.Relaxed.Precision, 9);
        Assert.Equal(1.0, score.Relaxed.Recall, 9);
        Assert.Equal(2 * (1.0 / 4) * (1.0 / 3) / ((1.0 / 4) + (1.0 / 3)), score.Value.F1, 9);
    }

    [Fact]
    public void One_system_timex_matches_one_gold_timex_only()
    {
        var document = Document();
        var text = document.Text;
        var start = text.IndexOf("Friday", StringComparison.Ordinal);
        var wide = new TimexAnnotation(TextSpan.FromBounds(start, text.IndexOf("later", StringComparison.Ordinal)), TimexType.Date, "2003-03-14", null);

        var score = TempEvalScorer.ScoreDocument(document, [wide]);

        Assert.Equal(1, score.RelaxedMatches);
        Assert.Equal(0, score.StrictMatches);
    }

    [Fact]
    public void A_timeml_file_with_a_dtd_is_refused_with_its_name()
    {
        // A document type declaration with an entity, put after the XML declaration of a well-formed fixture.
        var fixture = TimeMlFixture.Write("2003-03-14", "A title", "It rained.");
        var afterDeclaration = fixture.IndexOf('\n', StringComparison.Ordinal) + 1;
        var withDtd = fixture[..afterDeclaration] + "<!DOCTYPE doc [<!ENTITY x \"y\">]>\n" + fixture[afterDeclaration..];
        var folder = Directory.CreateTempSubdirectory("px-tml");
        try
        {
            var path = Path.Combine(folder.FullName, "bad.tml");
            File.WriteAllText(path, withDtd);

            var ex = Assert.Throws<InvalidDataException>(() => TimeMlReader.Read(path));

            Assert.Contains("bad.tml", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_tagger_scores_on_a_small_corpus_end_to_end()
    {
        var score = TempEvalScorer.Score([Document()], static (text, creation) => TimeExpressionTagger.Tag(text, creation));

        Assert.Equal(1, score.Documents);
        Assert.Equal(3, score.Gold);
        Assert.True(score.RelaxedMatches >= 1, "the tagger finds 'Friday'");
    }
}
