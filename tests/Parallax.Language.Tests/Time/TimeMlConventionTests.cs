using Parallax.Core.Annotations;
using Parallax.Language.Time;

namespace Parallax.Language.Tests.Time;

/// <summary>
/// TimeML conventions found in the TimeBank half of TBAQ and kept because they did not hurt the AQUAINT half
/// (docs/time-eval.md); every sentence here is invented.
/// </summary>
public sealed class TimeMlConventionTests
{
    // A Friday in the third quarter.
    private static readonly DateOnly Dct = new(2025, 9, 12);

    [Theory]
    [InlineData("The channel should reopen during the next few days.", "the next few days", "PXD")]
    [InlineData("Mooring rents have climbed across the past several years.", "the past several years", "PXY")]
    [InlineData("The mill will stay shut for the next couple of months.", "the next couple of months", "P2M")]
    public void A_vague_count_of_units_named_as_a_whole_is_a_duration(string text, string phrase, string value) =>
        TimexAssert.HasTypeAndValue(text, phrase, Dct, TimexType.Duration, value);

    [Theory]
    [InlineData("Snow has fallen for the last thirty six hours.", "the last thirty six hours", "PT36H")]
    [InlineData("The guild has met here for almost a hundred days.", "almost a hundred days", "P100D")]
    [InlineData("Olive trees have grown on the hill for three thousand years.", "three thousand years", "P3000Y")]
    public void Counts_spoken_as_transcripts_write_them_are_read_whole(string text, string phrase, string value) =>
        TimexAssert.HasTypeAndValue(text, phrase, Dct, TimexType.Duration, value);

    [Fact]
    public void A_stretch_counted_later_is_a_duration_without_the_signal()
    {
        const string text = "The dam was closed on a Monday. Three days later the river rose again.";
        var found = TimeExpressionTagger.Tag(text, Dct);

        var stretch = TimexAssert.Find(text, found, "Three days");
        Assert.Equal(TimexType.Duration, stretch.Type);
        Assert.Equal("P3D", stretch.Value);
        Assert.DoesNotContain(found, f => f.Span.Slice(text).EndsWith("later", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The orchard was planted in nineteen eighty-two, the host said.", "nineteen eighty-two", "1982")]
    [InlineData("Back in nineteen seventy the pier was rebuilt.", "nineteen seventy", "1970")]
    [InlineData("The club opened its doors in January nineteen ninety-three.", "January nineteen ninety-three", "1993-01")]
    [InlineData("The bridge froze over that winter of nineteen eighty seven.", "winter of nineteen eighty seven", "1987-WI")]
    [InlineData("The tunnel was to open in the year two thousand and seven.", "the year two thousand and seven", "2007")]
    public void Years_as_transcripts_spell_them_out_are_dates(string text, string phrase, string value) =>
        TimexAssert.HasTypeAndValue(text, phrase, Dct, TimexType.Date, value);

    [Fact]
    public void Two_thousand_after_a_month_is_a_count_not_a_year()
    {
        const string text = "In March two thousand walkers crossed the moor.";

        Assert.DoesNotContain(TimeExpressionTagger.Tag(text, Dct), f => f.Value == "2000-03");
    }

    [Theory]
    [InlineData("The lift got stuck for a day and a half.", "a day and a half", "P1DT12H")]
    [InlineData("The lease runs for 4 1/2 years.", "4 1/2 years", "P4Y6M")]
    [InlineData("The vote took a day and a half.", "a day and a half", "P1DT12H")]
    [InlineData("The speech lasted an hour and a half.", "an hour and a half", "PT1H30M")]
    public void A_half_is_written_in_the_next_smaller_unit(string text, string phrase, string value) =>
        TimexAssert.HasTypeAndValue(text, phrase, Dct, TimexType.Duration, value);

    [Theory]
    [InlineData("Margins in the 2024 third quarter were thin.", "the 2024 third quarter", "2024-Q3")]
    [InlineData("Orders slowed in this year's second half.", "this year's second half", "2025-H2")]
    [InlineData("Costs rose in last year's fourth quarter.", "last year's fourth quarter", "2024-Q4")]
    [InlineData("Fees fell in fiscal 2024, the bakery said.", "fiscal 2024", "2024")]
    [InlineData("The ferry line expects gains for the current fiscal year.", "the current fiscal year", "2025")]
    [InlineData("Deliveries lag in the current quarter.", "the current quarter", "2025-Q3")]
    public void Quarters_and_years_named_with_their_year_or_as_current(string text, string phrase, string value) =>
        Assert.Equal(value, TimexAssert.Single(text, phrase, Dct).Value);

    [Fact]
    public void A_year_written_before_second_quarter_is_no_count_of_seconds()
    {
        const string text = "Ferry traffic in the 2023 second quarter dropped.";
        var found = TimeExpressionTagger.Tag(text, Dct);

        Assert.Equal("2023-Q2", TimexAssert.Find(text, found, "the 2023 second quarter").Value);
        Assert.DoesNotContain(found, f => f.Value is { } v && v.StartsWith("PT", StringComparison.Ordinal));
    }

    [Fact]
    public void The_year_earlier_quarter_with_its_ordinal_and_the_quarter_of_a_written_year_follow_the_quarter_named_last()
    {
        const string text = "The brewer earned more in the second quarter. The year-earlier second quarter brought a loss, "
            + "and the 2023 quarter was flat.";
        var found = TimeExpressionTagger.Tag(text, Dct);

        Assert.Equal("2024-Q2", TimexAssert.Find(text, found, "The year-earlier second quarter").Value);
        Assert.Equal("2023-Q2", TimexAssert.Find(text, found, "the 2023 quarter").Value);
    }

    [Theory]
    [InlineData("Ticket sales reached a record in 2023. A year earlier they had halved.", "A year earlier", "2022")]
    [InlineData("The ferry sank on March 3, 2021. Two years earlier it had been refitted.", "Two years earlier", "2019-03-03")]
    public void A_year_earlier_counts_back_from_the_year_or_day_just_named(string text, string phrase, string value) =>
        Assert.Equal(value, TimexAssert.Single(text, phrase, Dct).Value);

    [Theory]
    [InlineData("Disco ruled the nineties.", "the nineties", "199", null)]
    [InlineData("The band formed in the early sixties.", "the early sixties", "196", "START")]
    [InlineData("Most of the 20th century was spent at war.", "the 20th century", "19", null)]
    [InlineData("Ports of the twenty-first century are automated.", "the twenty-first century", "20", null)]
    public void Decades_in_words_and_ordinal_centuries_are_dates(string text, string phrase, string value, string? mod)
    {
        var found = TimexAssert.Single(text, phrase, Dct);

        Assert.Equal(TimexType.Date, found.Type);
        Assert.Equal(value, found.Value);
        Assert.Equal(mod, found.Mod);
    }

    [Fact]
    public void Decades_of_a_life_are_ages() =>
        Assert.Empty(TimeExpressionTagger.Tag("The skipper, in his sixties, retired.", Dct));

    [Theory]
    [InlineData("The lender extended the offer until Oct. 3.", "Oct. 3", "2025-10-03")]
    [InlineData("Bidders were told to respond by Nov. 14.", "Nov. 14", "2025-11-14")]
    [InlineData("The board declared a dividend payable Oct. 15.", "Oct. 15", "2025-10-15")]
    [InlineData("The vote was moved to Oct. 20.", "Oct. 20", "2025-10-20")]
    [InlineData("The lender lowered rates on Dec. 3.", "Dec. 3", "2024-12-03")]
    public void A_date_set_in_a_past_report_lies_close_ahead_of_it_one_long_after_the_creation_date_went_by(string text, string phrase, string value) =>
        Assert.Equal(value, TimexAssert.Single(text, phrase, Dct).Value);

    [Theory]
    [InlineData("Dockers worry about the future.", true)]
    [InlineData("The strike could run well into the future.", true)]
    [InlineData("The vote decides the future of the port.", false)]
    public void The_future_is_a_time_unless_it_is_the_future_of_something(string text, bool expected) =>
        Assert.Equal(expected, TimeExpressionTagger.Tag(text, Dct).Any(f => f.Value == "FUTURE_REF"));

    [Theory]
    [InlineData("Freight volumes doubled over the past year.", "the past year", "2024")]
    [InlineData("The yard will hire staff over the next month.", "the next month", "2025-10")]
    public void The_past_or_next_single_period_is_the_calendar_period_before_or_after(string text, string phrase, string value) =>
        TimexAssert.HasTypeAndValue(text, phrase, Dct, TimexType.Date, value);

    [Theory]
    [InlineData("The ultimatum expired at noon Thursday.", "noon Thursday", "2025-09-11T12:00")]
    [InlineData("Bids close midnight Friday.", "midnight Friday", "2025-09-12T24:00")]
    public void Noon_or_midnight_before_a_weekday_is_that_hour_of_that_day(string text, string phrase, string value) =>
        TimexAssert.HasTypeAndValue(text, phrase, Dct, TimexType.Time, value);
}
