using Parallax.Comparison.Framing;

namespace Parallax.Comparison.Tests.Framing;

public sealed class AttributionVerbsTests
{
    [Theory]
    [InlineData("said", "said")]
    [InlineData("has warned", "warned")]
    [InlineData("have repeatedly accused", "accused")]
    [InlineData("also claimed", "claimed")]
    [InlineData("would later concede", "concede")]
    [InlineData("according to", "according to")]
    [InlineData("flatly denied", "denied")]
    [InlineData("reply", "reply")]
    public void The_verb_of_a_cue_is_its_first_word_past_auxiliaries_and_adverbs(string cue, string verb) =>
        Assert.Equal(verb, AttributionVerbs.VerbOf(cue));

    [Theory]
    [InlineData("also")]
    [InlineData("has")]
    [InlineData("recently")]
    public void A_cue_of_auxiliaries_and_adverbs_alone_has_no_verb(string cue) =>
        Assert.Null(AttributionVerbs.VerbOf(cue));
}
