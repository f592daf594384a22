using Parallax.Comparison.Framing;
using Parallax.Comparison.Tests.Quotes;
using Parallax.Core.Annotations;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Tests.Framing;

public sealed class FramingAnalyzerTests
{
    private static StoryReport Analyze(params Document[] documents)
    {
        var context = FixtureDocument.Story(documents);
        return new FramingAnalyzer().Analyze(context, new StoryReport(context.Story));
    }

    [Fact]
    public void A_verb_that_judges_is_told_apart_from_a_neutral_one_per_outlet()
    {
        var herald = FixtureDocument.Create("Herald", "The mayor claimed that the bridge was safe.")
            .Says(AttributionKind.Indirect, "the bridge was safe", "the mayor", cue: "claimed")
            .Build();
        var courier = FixtureDocument.Create("Courier", "The mayor said that the bridge was safe. According to engineers, it was not.")
            .Says(AttributionKind.Indirect, "the bridge was safe", "the mayor", cue: "said")
            .Says(AttributionKind.Indirect, "it was not", "engineers", cue: "According to")
            .Build();

        var framing = Analyze(herald, courier).Framing;

        Assert.Contains(framing, w => w is { Source: "Herald", Word: "claimed", Use: FramingUse.EvaluativeAttributionVerb, Count: 1 });
        Assert.Contains(framing, w => w is { Source: "Courier", Word: "said", Use: FramingUse.AttributionVerb, Count: 1 });
        Assert.Contains(framing, w => w is { Source: "Courier", Word: "according to", Use: FramingUse.AttributionVerb });
        Assert.DoesNotContain(framing, w => w.Source == "Courier" && w.Use == FramingUse.EvaluativeAttributionVerb);
        var claimed = Assert.Single(framing, w => w.Word == "claimed");
        Assert.Equal("The mayor claimed that the bridge was safe.", Assert.Single(claimed.Sentences).Text);
    }

    [Fact]
    public void A_loaded_word_inside_a_quote_is_the_speakers_and_outside_it_the_outlets()
    {
        var herald = FixtureDocument.Create(
                "Herald",
                "The \u201Cbrutal\u201D cuts were announced on Monday, Ortega said.",
                "The brutal cuts will close four libraries.")
            .Says(AttributionKind.Partial, "brutal", "Ortega", cue: "said")
            .Build();

        var framing = Analyze(herald).Framing;

        Assert.Contains(framing, w => w is { Word: "brutal", Use: FramingUse.LoadedInQuote, Count: 1 });
        var own = Assert.Single(framing, w => w is { Word: "brutal", Use: FramingUse.LoadedOwnVoice });
        Assert.Equal("The brutal cuts will close four libraries.", Assert.Single(own.Sentences).Text);
    }

    [Fact]
    public void A_paraphrase_is_the_outlets_own_wording()
    {
        var herald = FixtureDocument.Create("Herald", "Ortega said the cuts were brutal.")
            .Says(AttributionKind.Indirect, "the cuts were brutal", "Ortega", cue: "said")
            .Build();

        var framing = Analyze(herald).Framing;

        Assert.Contains(framing, w => w is { Word: "brutal", Use: FramingUse.LoadedOwnVoice });
        Assert.DoesNotContain(framing, w => w.Use == FramingUse.LoadedInQuote);
    }
}
