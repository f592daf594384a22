using Parallax.Language.Time;

namespace Parallax.Language.Tests.Time;

/// <summary>
/// Days and months without a year point forward or back by the tense of the nearest finite verb, from the shipped
/// part-of-speech tagger, when no cue word decides (docs/time-eval.md); every sentence here is invented.
/// </summary>
public sealed class VerbTenseTests
{
    // A Wednesday.
    private static readonly DateOnly Dct = new(2025, 9, 10);

    [Theory]
    [InlineData("The committee meets Thursday.", "Thursday", "2025-09-11")]
    [InlineData("The committee met Thursday.", "Thursday", "2025-09-04")]
    [InlineData("The regional council sat Thursday.", "Thursday", "2025-09-04")]
    [InlineData("The two leaders meet again on Monday in Oslo.", "Monday", "2025-09-15")]
    [InlineData("The final vote is set for Tuesday.", "Tuesday", "2025-09-16")]
    [InlineData("The ferry service is to restart in Kessington Tuesday.", "Tuesday", "2025-09-16")]
    [InlineData("The ferry can sail Saturday if the wind drops.", "Saturday", "2025-09-13")]
    [InlineData("The panel doesn't meet Thursday.", "Thursday", "2025-09-11")]
    public void A_bare_weekday_follows_the_tense_of_its_verb(string text, string phrase, string value) =>
        Assert.Equal(value, TimexAssert.Single(text, phrase, Dct).Value);

    [Theory]
    [InlineData("The club has hosted the fair since Monday.", "Monday", "2025-09-08")]
    [InlineData("The boy, who is in hospital after a fall Friday, is recovering.", "Friday", "2025-09-05")]
    [InlineData("The index now trails Tuesday's peak.", "Tuesday", "2025-09-09")]
    [InlineData("She said the board would decide Friday.", "Friday", "2025-09-05")]
    public void A_present_verb_that_does_not_govern_the_day_leaves_it_in_the_past(string text, string phrase, string value) =>
        Assert.Equal(value, TimexAssert.Single(text, phrase, Dct).Value);

    [Fact]
    public void This_coming_weekday_lies_ahead() =>
        Assert.Equal("2025-09-11", TimexAssert.Single("Voters go to the polls this coming Thursday, officials say.", "Thursday", Dct).Value);

    [Fact]
    public void A_month_after_a_past_verb_without_a_cue_word_is_last_year_s()
    {
        // No cue word: the nearest December (2025) would be chosen; "shut" is a past tense the tagger recognises.
        Assert.Equal("2024-12", TimexAssert.Single("The old mill shut in December.", "December", Dct).Value);
        Assert.Equal("2025-12", TimexAssert.Single("The old mill in December.", "December", Dct).Value);
    }

    [Fact]
    public void Without_a_creation_time_the_day_stays_unresolved() =>
        Assert.Null(TimexAssert.Single("The committee meets Thursday.", "Thursday", null).Value);
}
