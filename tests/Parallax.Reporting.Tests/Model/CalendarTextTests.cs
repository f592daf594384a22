using Parallax.Reporting.Model;

namespace Parallax.Reporting.Tests.Model;

public sealed class CalendarTextTests
{
    [Theory]
    [InlineData("2025", "2025")]
    [InlineData("2025-07", "July 2025")]
    [InlineData("2025-09-09", "9 September 2025")]
    [InlineData("XXXX-07", "July (year not given)")]
    [InlineData("XXXX-06-02", "2 June (year not given)")]
    [InlineData("2025-W37", "week 37 of 2025")]
    [InlineData("2025-Q3", "Q3 2025")]
    [InlineData("2025-H2", "second half of 2025")]
    [InlineData("2025-SU", "summer 2025")]
    public void A_calendar_value_reads_as_a_date_in_words(string value, string text) =>
        Assert.Equal(text, CalendarText.Readable(value));

    [Theory]
    [InlineData("2025-13")]
    [InlineData("2025-02-32")]
    [InlineData("PAST_REF")]
    [InlineData("XXXX")]
    [InlineData("XXXX-W12")]
    public void A_value_that_is_no_known_calendar_position_is_shown_as_it_is(string value) =>
        Assert.Equal(value, CalendarText.Readable(value));
}
