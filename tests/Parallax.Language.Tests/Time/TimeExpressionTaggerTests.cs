using Parallax.Core.Annotations;
using Parallax.Language.Time;

namespace Parallax.Language.Tests.Time;

public sealed class TimeExpressionTaggerTests
{
    // A Friday.
    private static readonly DateOnly Dct = new(2025, 9, 12);

    [Theory]
    [InlineData("Talks resumed on June 2.", "June 2", "2025-06-02")]
    [InlineData("They met on 2 June 2025 in Istanbul.", "2 June 2025", "2025-06-02")]
    [InlineData("His January 2025 inauguration changed little.", "January 2025", "2025-01")]
    [InlineData("Crimea was annexed in 2014.", "2014", "2014")]
    [InlineData("The file is dated 2025-09-12 and was signed.", "2025-09-12", "2025-09-12")]
    [InlineData("The vote was held on Sept. 12, 2024, in the capital.", "Sept. 12, 2024", "2024-09-12")]
    [InlineData("The Kremlin said on Friday that talks had stalled.", "Friday", "2025-09-12")]
    [InlineData("Peskov spoke to reporters Wednesday.", "Wednesday", "2025-09-10")]
    [InlineData("Drones entered the airspace on Tuesday night.", "Tuesday night", "2025-09-09TNI")]
    [InlineData("The drills will continue through Tuesday.", "Tuesday", "2025-09-16")]
    [InlineData("Delegates are set to meet on Monday in Geneva.", "Monday", "2025-09-15")]
    [InlineData("He visited Alaska last month.", "last month", "2025-08")]
    [InlineData("Talks held earlier this year failed.", "earlier this year", "2025")]
    [InlineData("Prices rose this year.", "this year", "2025")]
    [InlineData("Elections are due next year.", "next year", "2026")]
    [InlineData("A coalition was formed last week.", "last week", "2025-W36")]
    [InlineData("The summit was announced this month.", "this month", "2025-09")]
    [InlineData("Tensions escalated this week.", "this week", "2025-W37")]
    [InlineData("The minister resigned yesterday.", "yesterday", "2025-09-11")]
    [InlineData("Markets are closed today.", "today", "2025-09-12")]
    [InlineData("Talks resumed in mid-May.", "mid-May", "2025-05")]
    [InlineData("The offensive began in early June.", "early June", "2025-06")]
    [InlineData("The plant closed in late 2024.", "late 2024", "2024")]
    [InlineData("The treaty concluded in July.", "July", "2025-07")]
    [InlineData("A ceasefire must be agreed by December, officials will say.", "December", "2025-12")]
    [InlineData("Floods hit the region last summer.", "last summer", "2025-SU")]
    [InlineData("Snow closed the pass last winter.", "last winter", "2024-WI")]
    [InlineData("The deal was signed in the spring of 2014.", "spring of 2014", "2014-SP")]
    [InlineData("The two leaders met three years ago.", "three years ago", "2022")]
    [InlineData("They are expected to meet later in the evening.", "the evening", "2025-09-12TEV")]
    [InlineData("Rates could be cut as soon as December.", "December", "2025-12")]
    [InlineData("The company will hold its annual meeting this spring.", "this spring", "2026-SP")]
    [InlineData("Ferry bookings dipped during the first quarter of 2026.", "the first quarter of 2026", "2026-Q1")]
    [InlineData("The boatyard reported a smaller third-quarter deficit.", "third-quarter", "2025-Q3")]
    [InlineData("Third-quarter crossings reached 5,000, up from 3,000 a year earlier.", "a year earlier", "2024-Q3")]
    [InlineData("Harbour fees over the second half of 2024 fell below two years ago.", "two years ago", "2022-H2")]
    [InlineData("Exports in March were up on a year ago.", "a year ago", "2024-03")]
    [InlineData("The company was founded a year ago.", "a year ago", "2024")]
    [InlineData("The truce took effect at midnight.", "midnight", "2025-09-12T24:00")]
    [InlineData("Powell spoke at 2:30 p.m. on Wednesday.", "2:30 p.m.", "2025-09-12T14:30")]
    [InlineData("The ferry office stays shut on Nov. 27.", "Nov. 27", "2025-11-27")]
    [InlineData("Prices rose 0.2% in December.", "December", "2024-12")]
    [InlineData("The vote will take place in March.", "March", "2026-03")]
    [InlineData("Governor Maria Okafor Saturday promised to rebuild the ferry pier.", "Saturday", "2025-09-06")]
    [InlineData("Protesters marched in Tallinn Wednesday.", "Wednesday", "2025-09-10")]
    [InlineData("Officials confirmed the plan over the weekend.", "the weekend", "2025-W36-WE")]
    [InlineData("The column appeared on Thursday, Nov. 12, in the city paper.", "Thursday, Nov. 12", "2026-11-12")]
    [InlineData("Rebels seized the town a decade ago.", "a decade ago", "2015")]
    [InlineData("Jan. 14 is the anniversary of the accord.", "Jan. 14", "2026-01-14")]
    [InlineData("The fire broke out at 6 a.m. CDT Thursday in the depot.", "6 a.m. CDT Thursday", "2025-09-11T06:00")]
    public void Resolves_dates_against_the_creation_time(string text, string phrase, string value)
    {
        var found = TimexAssert.Single(text, phrase, Dct);

        Assert.Equal(value, found.Value);
    }

    [Theory]
    [InlineData("The three-and-a-half-year war has killed thousands.", "three-and-a-half-year", "P3Y6M", null)]
    [InlineData("Talks resumed after a three-year break.", "three-year", "P3Y", null)]
    [InlineData("The war has lasted three years.", "three years", "P3Y", null)]
    [InlineData("Negotiations would be difficult after more than three years of war.", "more than three years", "P3Y", "MORE_THAN")]
    [InlineData("He has been working for months to end the conflict.", "months", "PXM", null)]
    [InlineData("A decision is possible in weeks.", "weeks", "PXW", null)]
    [InlineData("The siege lasted twenty days.", "twenty days", "P20D", null)]
    [InlineData("The trial took two dozen days.", "two dozen days", "P24D", null)]
    [InlineData("It lasted at least 48 hours.", "at least 48 hours", "PT48H", "EQUAL_OR_MORE")]
    [InlineData("Ferry fares doubled across the past three years.", "the past three years", "P3Y", null)]
    [InlineData("Profit rose 12% in the first eleven months.", "the first eleven months", "P11M", null)]
    [InlineData("Queues shortened during the six months to May.", "the six months", "P6M", null)]
    [InlineData("Dredging could restart inside the next two weeks.", "the next two weeks", "P2W", null)]
    [InlineData("Output will grow in the coming years.", "the coming years", "PXY", null)]
    [InlineData("The lighthouse has been dark more than a decade.", "more than a decade", "P10Y", "MORE_THAN")]
    [InlineData("The conflict drags into its third year.", "third year", "P1Y", null)]
    [InlineData("The interim lease runs five and a half years.", "five and a half years", "P5Y6M", null)]
    public void Normalises_durations(string text, string phrase, string value, string? mod)
    {
        var found = TimexAssert.Single(text, phrase, Dct);

        Assert.Equal(TimexType.Duration, found.Type);
        Assert.Equal(value, found.Value);
        Assert.Equal(mod, found.Mod);
    }

    [Theory]
    [InlineData("The newsletter is sent every week.", "every week", "P1W")]
    [InlineData("Subscribers pay monthly.", "monthly", "P1M")]
    [InlineData("Sign up for our free weekly newsletter.", "weekly", "P1W")]
    [InlineData("You will receive it every Friday.", "every Friday", "XXXX-WXX-5")]
    [InlineData("The board meets twice a year.", "twice a year", "P1Y")]
    [InlineData("Inspections take place every two weeks.", "every two weeks", "P2W")]
    public void Recognises_sets(string text, string phrase, string value)
    {
        var found = TimexAssert.Single(text, phrase, Dct);

        Assert.Equal(TimexType.Set, found.Type);
        Assert.Equal(value, found.Value);
    }

    [Theory]
    [InlineData("Fighting has intensified in recent weeks.", "recent weeks", "PAST_REF")]
    [InlineData("Erdogan recently urged both sides to talk.", "recently", "PAST_REF")]
    [InlineData("Talks are currently on hold.", "currently", "PRESENT_REF")]
    [InlineData("The war is now in its fourth year.", "now", "PRESENT_REF")]
    [InlineData("Sailing dates follow in the near future.", "the near future", "FUTURE_REF")]
    [InlineData("The conflict is the worst in recent years.", "recent years", "PAST_REF")]
    [InlineData("He travelled with his current wife.", "current", "PRESENT_REF")]
    public void Vague_references_resolve_with_or_without_a_creation_time(string text, string phrase, string value)
    {
        Assert.Equal(value, TimexAssert.Single(text, phrase, Dct).Value);
        Assert.Equal(value, TimexAssert.Single(text, phrase, null).Value);
    }

    [Theory]
    [InlineData("The Kremlin said on Friday that talks had stalled.", "Friday")]
    [InlineData("Drones entered the airspace on Tuesday night.", "Tuesday night")]
    [InlineData("He visited Alaska last month.", "last month")]
    [InlineData("Talks held earlier this year failed.", "earlier this year")]
    [InlineData("The minister resigned yesterday.", "yesterday")]
    [InlineData("The two leaders met three years ago.", "three years ago")]
    public void Deictic_expressions_stay_unresolved_without_a_creation_time(string text, string phrase)
    {
        var found = TimexAssert.Single(text, phrase, null);

        Assert.Null(found.Value);
    }

    [Theory]
    [InlineData("Talks resumed on June 2.", "June 2", "XXXX-06-02")]
    [InlineData("Talks resumed in mid-May.", "mid-May", "XXXX-05")]
    [InlineData("The deal was signed on June 2, 2025.", "June 2, 2025", "2025-06-02")]
    [InlineData("Crimea was annexed in 2014.", "2014", "2014")]
    [InlineData("The factory opened in the 1990s.", "1990s", "199")]
    public void Absolute_and_underspecified_dates_resolve_without_a_creation_time(string text, string phrase, string value)
    {
        Assert.Equal(value, TimexAssert.Single(text, phrase, null).Value);
    }

    [Theory]
    [InlineData("Former harbour minister Theresa May called the plan flawed.")]
    [InlineData("May I ask a question?")]
    [InlineData("The drills are dubbed Zapad-2025 by the ministry.")]
    [InlineData("Poland sent about 2000 troops to the border.")]
    [InlineData("Chinomso Sunday is a writer at the paper.")]
    [InlineData("Officials say prices may rise, and one of them resigned.")]
    [InlineData("She took a second term as harbour master by a clear margin.")]
    [InlineData("A 6-year-old girl and her 44-year-old aunt were rescued.")]
    [InlineData("She wrote for the Sunday Times and later joined April Jones at the firm.")]
    public void Does_not_tag_names_or_counts(string text)
    {
        var found = TimeExpressionTagger.Tag(text, Dct);

        Assert.Empty(found);
    }

    [Fact]
    public void Dates_relative_to_another_event_stay_unresolved()
    {
        const string text = "Profit fell 5% from a year earlier, and three days later the chief executive resigned.";
        var found = TimeExpressionTagger.Tag(text, Dct);

        Assert.Null(TimexAssert.Find(text, found, "a year earlier").Value);
        // "three days later" is a stretch anchored to the event before it: the duration, without "later".
        Assert.Equal(TimexType.Duration, TimexAssert.Find(text, found, "three days").Type);
    }

    [Fact]
    public void The_quarter_refers_back_to_the_quarter_last_named_and_the_year_earlier_one_to_that_quarter_a_year_before()
    {
        const string text = "Ferro Mills reported higher profit for the third quarter. Sales in the quarter rose 4%, "
            + "while ferry costs for the year-earlier quarter were lower. The latest quarter was the best since 2019.";
        var found = TimeExpressionTagger.Tag(text, Dct);

        Assert.Equal("2025-Q3", TimexAssert.Find(text, found, "the quarter").Value);
        Assert.Equal("2024-Q3", TimexAssert.Find(text, found, "the year-earlier quarter").Value);
        Assert.Equal("2025-Q3", TimexAssert.Find(text, found, "The latest quarter").Value);
        Assert.All(found.Where(f => text.Substring(f.Span.Start, f.Span.Length).Contains("quarter", StringComparison.OrdinalIgnoreCase)), f => Assert.Equal(TimexType.Date, f.Type));
    }

    [Theory]
    [InlineData("Tourists crowded the quarter around the old harbour.")]
    [InlineData("She reached the quarter-final in Madrid.")]
    [InlineData("A quarter of the budget goes to roads.")]
    public void A_quarter_that_is_no_period_of_the_year_is_not_a_time_expression(string text) =>
        Assert.DoesNotContain(
            TimeExpressionTagger.Tag(text, Dct),
            f => text.Substring(f.Span.Start, f.Span.Length).Contains("quarter", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void A_period_named_in_the_last_sentences_anchors_a_year_earlier_and_one_named_long_before_does_not()
    {
        const string near = "Profit rose in the third quarter. A year earlier the firm lost money.";
        const string far = "Profit rose in the third quarter. Costs fell. Staff were cut. Shares rose. A year earlier the firm lost money.";

        Assert.Equal("2024-Q3", TimexAssert.Find(near, TimeExpressionTagger.Tag(near, Dct), "A year earlier").Value);
        Assert.Null(TimexAssert.Find(far, TimeExpressionTagger.Tag(far, Dct), "A year earlier").Value);
    }

    [Fact]
    public void Extreme_quantities_and_creation_times_do_not_throw()
    {
        const string text = "The site was settled 5000 years ago and a million years ago; talks resume on Friday, next year.";

        var ancient = TimeExpressionTagger.Tag(text, Dct);
        var edge = TimeExpressionTagger.Tag(text, DateOnly.MaxValue);

        Assert.Equal("PAST_REF", TimexAssert.Find(text, ancient, "5000 years ago").Value);
        Assert.Null(TimexAssert.Find(text, edge, "Friday").Value);
    }

    [Fact]
    public void Mid_and_early_carry_their_mod()
    {
        const string text = "Talks resumed in mid-May and early June, and ended in late 2024.";
        var found = TimeExpressionTagger.Tag(text, null);

        Assert.Equal("MID", TimexAssert.Find(text, found, "mid-May").Mod);
        Assert.Equal("START", TimexAssert.Find(text, found, "early June").Mod);
        Assert.Equal("END", TimexAssert.Find(text, found, "late 2024").Mod);
    }

    [Fact]
    public void Same_weekday_as_the_creation_date_is_that_date_unless_last_or_next()
    {
        const string text = "He spoke on Friday, recalled last Friday and promised more next Friday.";
        var found = TimeExpressionTagger.Tag(text, Dct);

        Assert.Equal("2025-09-12", TimexAssert.Find(text, found, "Friday").Value);
        Assert.Equal("2025-09-05", TimexAssert.Find(text, found, "last Friday").Value);
        Assert.Equal("2025-09-19", TimexAssert.Find(text, found, "next Friday").Value);
    }

    [Fact]
    public void Annotate_uses_the_publication_date_and_adds_the_layer()
    {
        var article = new Parallax.Core.Articles.Article
        {
            Id = "a1",
            Path = "a1.txt",
            Source = "Outlet",
            Published = new DateTimeOffset(2025, 9, 12, 23, 30, 0, TimeSpan.FromHours(3)),
            Body = ["The Kremlin said on Friday that talks had stalled.", "Drones crossed the border on Tuesday night."],
        };
        var document = new TimeExpressionTagger().Annotate(new Document(article));

        Assert.True(document.Has(AnnotationLayers.TimeExpressions));
        Assert.Equal(["Friday", "Tuesday night"], document.TimeExpressions.Select(t => document.Slice(t.Span)));
        Assert.Equal(["2025-09-12", "2025-09-09TNI"], document.TimeExpressions.Select(t => t.Value));
        Assert.Equal(TimexType.Time, document.TimeExpressions[1].Type);
    }

    [Fact]
    public void Spans_are_sorted_and_do_not_overlap()
    {
        const string text = "On Friday, Sept. 12, the talks that began three years ago in 2022 ended; weekly meetings follow every Monday morning.";
        var found = TimeExpressionTagger.Tag(text, Dct);

        Assert.True(found.Length >= 4);
        for (var i = 1; i < found.Length; i++)
        {
            Assert.True(found[i - 1].Span.End <= found[i].Span.Start);
        }
    }

    [Fact]
    public void Long_text_is_tagged_throughout()
    {
        // Speed is measured by benchmark; this checks that nothing is lost or merged over a long input.
        var sentence = "On Friday, officials said the three-and-a-half-year war, now in its fourth year, escalated in mid-May 2025. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 5_000));

        var found = TimeExpressionTagger.Tag(text, Dct);

        Assert.Equal(5 * 5_000, found.Length);
        Assert.Equal(5_000, found.Count(t => t.Value == "2025-09-12"));
    }
}
