using Parallax.Core.Annotations;
using Parallax.Language.Time;

namespace Parallax.Language.Tests.Time;

/// <summary>
/// Which time a relative expression counts from: the quarter a report is about, or a date the text named before,
/// rather than the creation time (docs/time-eval.md, 2026-11-22 value review); every sentence here is invented.
/// </summary>
public sealed class ReferenceTimeTests
{
    // A Monday within the fourth quarter: the third quarter has ended and the fourth has not.
    private static readonly DateOnly Dct = new(2025, 10, 20);

    [Fact]
    public void The_latest_quarter_is_the_last_one_ended_not_a_coming_one_named_after_it()
    {
        const string text = "Orchard Mills reported higher third-quarter sales. It expects a fourth-quarter write-down for the flood. "
            + "In the latest quarter, its flour unit earned $4 million.";

        TimexAssert.HasTypeAndValue(text, "the latest quarter", Dct, TimexType.Date, "2025-Q3");
    }

    [Fact]
    public void The_latest_quarter_with_none_named_is_the_one_before_the_creation_time()
    {
        const string text = "Sales of the bakery chain rose in the latest quarter.";

        TimexAssert.HasTypeAndValue(text, "the latest quarter", Dct, TimexType.Date, "2025-Q3");
    }

    [Fact]
    public void The_year_ago_period_compares_with_the_quarter_reported_on()
    {
        const string text = "Orchard Mills earned $4 million in the third quarter. An analyst expects losses through the second quarter of 2026. "
            + "The mill earned $6 million during the year-ago period.";

        TimexAssert.HasTypeAndValue(text, "the year-ago period", Dct, TimexType.Date, "2024-Q3");
    }

    [Fact]
    public void A_year_earlier_far_from_any_period_compares_with_the_quarter_reported_on()
    {
        const string text = "Orchard Mills said third-quarter profit rose. The miller blamed the weather. Rain spoiled the crop. "
            + "Wheat was scarce. Its pasta unit earned $2 million, up from $1 million a year earlier.";

        TimexAssert.HasTypeAndValue(text, "a year earlier", Dct, TimexType.Date, "2024-Q3");
    }

    [Fact]
    public void A_second_comparison_counts_from_the_period_named_not_from_the_first_comparison()
    {
        const string text = "Third-quarter revenue at the ferry line climbed from a year ago. Fares were also up on a year ago.";
        var found = TimeExpressionTagger.Tag(text, Dct);

        Assert.Equal(["2025-Q3", "2024-Q3", "2024-Q3"], found.Select(f => f.Value));
    }

    [Theory]
    [InlineData("Orders at the shipyard should pick up this quarter.", "this quarter", "2025-Q4")]
    [InlineData("Orders at the shipyard fell last quarter.", "last quarter", "2025-Q3")]
    [InlineData("The shipyard hopes to hire next quarter.", "next quarter", "2026-Q1")]
    public void A_quarter_named_from_the_creation_time_is_that_quarter(string text, string phrase, string value) =>
        TimexAssert.HasTypeAndValue(text, phrase, Dct, TimexType.Date, value);

    [Theory]
    [InlineData("The ferry began service in March 2019. The following month, a second boat joined it.", "The following month", "2019-04")]
    [InlineData("The bridge reopened on June 4, 2024; the previous day, crews had tested it.", "the previous day", "2024-06-03")]
    [InlineData("The fair opened on Aug. 30, 2023. The following week, it closed for repairs.", "The following week", "2023-W36")]
    public void A_period_after_or_before_a_named_date_counts_from_that_date(string text, string phrase, string value) =>
        TimexAssert.HasTypeAndValue(text, phrase, Dct, TimexType.Date, value);

    [Fact]
    public void The_year_ended_on_a_date_is_a_year_long_stretch_and_the_date_its_own_expression()
    {
        const string text = "The bakery chain cleared $3 million during the fiscal year ended June 14.";
        var found = TimeExpressionTagger.Tag(text, Dct);

        var year = TimexAssert.Find(text, found, "the fiscal year");
        Assert.Equal(TimexType.Duration, year.Type);
        Assert.Equal("P1Y", year.Value);
        Assert.Equal("2025-06-14", TimexAssert.Find(text, found, "June 14").Value);
    }

    [Fact]
    public void The_full_year_is_the_creation_times_year() =>
        TimexAssert.HasTypeAndValue("The bakery chain forecasts higher profit for the full year.", "the full year", Dct, TimexType.Date, "2025");

    [Theory]
    [InlineData("The merger would close at a yet undecided date in March.", "March", "2026-03")]
    [InlineData("The revised ferry timetable starts in January.", "January", "2026-01")]
    public void A_participle_before_a_noun_is_no_past_tense(string text, string phrase, string value) =>
        TimexAssert.HasTypeAndValue(text, phrase, Dct, TimexType.Date, value);

    [Fact]
    public void A_count_of_business_days_is_a_count_of_days() =>
        TimexAssert.HasTypeAndValue("Trade in the ferry line's shares was halted for five business days.", "five business days", Dct, TimexType.Duration, "P5D");

    [Fact]
    public void Or_so_belongs_to_the_expression_as_an_approximation()
    {
        const string text = "Fares should stay high for the next three months or so.";

        var found = TimexAssert.Single(text, "the next three months or so", Dct);
        Assert.Equal("P3M", found.Value);
        Assert.Equal("APPROX", found.Mod);
    }
}
