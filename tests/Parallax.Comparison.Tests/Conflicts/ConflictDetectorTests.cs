using Parallax.Comparison.Conflicts;
using Parallax.Comparison.Tests.Text;
using Parallax.Core.Annotations;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Tests.Conflicts;

public sealed class ConflictDetectorTests
{
    private static Document Doc(string source, string text, DateTimeOffset? published = null) =>
        TestDocuments.FromParagraphs(source, published, text);

    private static IReadOnlyList<Conflict> Detect(params Document[] documents) =>
        new ConflictDetector().Detect(documents, []);

    [Fact]
    public void Counts_of_the_same_meetings_conflict()
    {
        var conflicts = Detect(
            Doc("A", "The two delegations held three rounds of talks in Geneva this spring, officials said."),
            Doc("B", "Negotiators, who have met in Geneva twice this year, did not set a new date."));

        var conflict = Assert.Single(conflicts);
        Assert.Equal("rounds of talks in Geneva", conflict.About);
        Assert.Equal(["three rounds", "twice"], conflict.Claims.Select(c => c.Value));
        Assert.Equal(["A", "B"], conflict.Claims.Select(c => c.Source));
    }

    [Fact]
    public void A_total_is_not_in_conflict_with_the_parts_one_article_gives_for_each_place()
    {
        var conflicts = Detect(
            TestDocuments.FromParagraphs(
                "A",
                "Floods in the river valley of Lindavia killed 40 people, among them three rescuers, and swept away hundreds of homes.",
                "Further floods in the river valley of Portomar killed nine people, among them no rescuers."),
            Doc("B", "The floods in the river valleys of Lindavia and Portomar killed 49 people, among them three rescuers, officials said."));

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Outlets_that_each_give_one_count_still_conflict_when_a_third_agrees_with_one()
    {
        var conflicts = Detect(
            Doc("A", "The fire at the dance hall in Westholm killed 60 people and injured dozens, police said."),
            Doc("B", "The fire at the dance hall in Westholm killed 65 people and injured dozens, police said."),
            Doc("C", "Police said the fire at the dance hall in Westholm killed 60 people and injured dozens."));

        var conflict = Assert.Single(conflicts);
        Assert.Equal(["60 people", "65 people", "60 people"], conflict.Claims.Select(c => c.Value));
    }

    [Fact]
    public void Ordinal_years_that_exclude_each_other_conflict()
    {
        var conflicts = Detect(
            Doc("A", "No settlement is in sight as the war drags into its third year."),
            Doc("B", "Diplomats tried again to settle the conflict, now in its fourth year."));

        var conflict = Assert.Single(conflicts);
        Assert.Equal("length of the war", conflict.About);
        Assert.Equal(["third year", "fourth year"], conflict.Claims.Select(c => c.Value));
    }

    [Fact]
    public void A_three_and_a_half_year_war_is_in_its_fourth_year_and_more_than_three_years_old()
    {
        var conflicts = Detect(
            Doc("A", "Thousands have died during the three-and-a-half-year war, officials said."),
            Doc("B", "Diplomats tried again to settle the conflict, now in its fourth year."),
            Doc("C", "Talks will be difficult after more than three years of war, the ministry warned."));

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Third_year_is_not_more_than_three_years()
    {
        var conflicts = Detect(
            Doc("A", "No settlement is in sight as the war drags into its third year."),
            Doc("C", "Talks will be difficult after more than three years of war, the ministry warned."));

        var conflict = Assert.Single(conflicts);
        Assert.Equal(["third year", "more than three years"], conflict.Claims.Select(c => c.Value));
    }

    [Fact]
    public void Numbers_about_different_things_do_not_conflict()
    {
        var conflicts = Detect(
            Doc("A", "The two delegations held three rounds of talks in Geneva this spring, officials said."),
            Doc("B", "Two ministers flew to Geneva on Monday to prepare the meeting, officials said."),
            Doc("C", "A three-year break in contacts ended when both sides agreed to meet."),
            Doc("D", "Relations thawed after a five-year break in trade between the neighbours."));

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Ranges_that_overlap_do_not_conflict_but_exclusive_ones_do()
    {
        var overlapping = Detect(
            Doc("A", "Tens of thousands of residents have died in the clashes around Marrowvale, relief agencies say."),
            Doc("B", "About 40,000 residents have died in the clashes around Marrowvale, relief agencies say."));
        Assert.Empty(overlapping);

        var exclusive = Detect(
            Doc("A", "Tens of thousands of residents have died in the clashes around Marrowvale, relief agencies say."),
            Doc("B", "Hundreds of residents have died in the clashes around Marrowvale, relief agencies say."));
        var conflict = Assert.Single(exclusive);
        Assert.Equal(2, conflict.Claims.Length);
    }

    [Fact]
    public void Related_documents_without_dates_are_compared_and_flagged()
    {
        var story = Doc("A", "Diplomats tried again to settle the conflict, now in its fourth year.");
        var sibling = Doc("B", "No settlement is in sight as the war drags into its third year.");

        var conflict = Assert.Single(new ConflictDetector().Detect([story], [sibling]));
        Assert.Equal("length of the war (reports from different events)", conflict.About);
        Assert.Equal(["A", "B"], conflict.Claims.Select(c => c.Source));
    }

    [Fact]
    public void Related_documents_with_dates_are_shifted_by_the_time_between_them()
    {
        var september = new DateTimeOffset(2025, 9, 12, 0, 0, 0, TimeSpan.Zero);
        var story = Doc("A", "Diplomats tried again to settle the conflict, now in its fourth year.", september);

        // Two months earlier "third year" may have been right just before the fourth began: no conflict shown.
        var recent = Doc("B", "No settlement is in sight as the war drags into its third year.", september.AddMonths(-2));
        Assert.Empty(new ConflictDetector().Detect([story], [recent]));

        // Nine months and a half-year value: the ranges still exclude each other after the shift.
        var threeAndHalf = Doc("C", "Thousands have died during the three-and-a-half-year war, officials said.", september);
        var earlier = Doc("D", "Diplomats say the war drags into its second year.", september.AddMonths(-9));
        var conflict = Assert.Single(new ConflictDetector().Detect([threeAndHalf], [earlier]));
        Assert.Equal("length of the war", conflict.About);

        // Reports years apart concern other time frames and are not compared.
        var old = Doc("E", "Diplomats say the war drags into its second year.", september.AddYears(-2));
        Assert.Empty(new ConflictDetector().Detect([story], [old]));
    }

    [Fact]
    public void Seed_story_has_the_Istanbul_rounds_conflict()
    {
        var documents = new[] { "000", "001", "003" }.Select(TestDocuments.Seed).ToArray();
        var conflicts = new ConflictDetector().Detect(documents, []);

        var rounds = Assert.Single(conflicts, c => c.About.Contains("Istanbul", StringComparison.Ordinal));
        Assert.Contains(rounds.Claims, c => c.Source == "outlet001" && c.Value == "three rounds");
        Assert.Contains(rounds.Claims, c => c.Source == "outlet003" && c.Value == "twice");
    }

    [Fact]
    public void Seed_story_has_the_war_length_conflict_with_a_related_report()
    {
        var documents = new[] { "000", "001", "003" }.Select(TestDocuments.Seed).ToArray();
        var related = new[] { "002", "004" }.Select(TestDocuments.Seed).ToArray();
        var conflicts = new ConflictDetector().Detect(documents, related);

        var war = Assert.Single(conflicts, c => c.About.StartsWith("length of the", StringComparison.Ordinal));
        Assert.Contains(war.Claims, c => c.Source == "outlet002" && c.Value == "third year");
        Assert.Contains(war.Claims, c => c.Source == "outlet003" && c.Value == "fourth year");
        Assert.EndsWith("(reports from different events)", war.About, StringComparison.Ordinal);

        // The story's own outlets disagree on the Istanbul rounds; that conflict stays, named as the story's own.
        var rounds = Assert.Single(conflicts, c => c.About.StartsWith("rounds of talks in Istanbul", StringComparison.Ordinal));
        Assert.Contains(rounds.Claims, c => c.Source == "outlet001" && c.Value == "three rounds");
        Assert.Contains(rounds.Claims, c => c.Source == "outlet003" && c.Value == "twice");
        Assert.All(conflicts.SelectMany(c => c.Claims), c => Assert.Contains(c.Value, c.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Ages_periods_and_other_roles_in_agreeing_sentences_are_not_conflicts()
    {
        var conflicts = Detect(
            Doc("A", "A 21-year-old student from Leeds was arrested after the protest in Leeds, police said."),
            Doc("B", "A 24-year-old student from Leeds was arrested after the protest in Leeds, police said."),
            Doc("C", "The fire in Malmo killed 60 people and injured 162 others, the police in Malmo said on Friday."),
            Doc("D", "The fire in Malmo killed 60 people and injured 157 others, police in Malmo said on Friday."),
            Doc("E", "The league called off the opening two weeks of its season in Harlow on Monday."),
            Doc("F", "The league called off the opening three weeks of its season in Harlow on Monday."));

        Assert.Single(conflicts);
        Assert.Equal(["162 others", "157 others"], conflicts[0].Claims.Select(c => c.Value));
    }

    [Fact]
    public void A_share_written_as_a_fraction_agrees_with_its_rounded_percentage()
    {
        var conflicts = Detect(
            Doc("A", "Two-thirds of voters in the harbour district backed the bridge plan in Sunday's referendum."),
            Doc("B", "In Sunday's referendum, 66% of voters in the harbour district backed the bridge plan."),
            Doc("C", "Some 67 percent of voters in the harbour district backed the bridge plan on Sunday."));

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Shares_of_the_same_voters_that_exclude_each_other_conflict()
    {
        var conflicts = Detect(
            Doc("A", "Two-thirds of voters in the harbour district backed the bridge plan in Sunday's referendum."),
            Doc("B", "In Sunday's referendum, about half of voters in the harbour district backed the bridge plan."));

        var conflict = Assert.Single(conflicts);
        Assert.Equal(["Two-thirds", "about half"], conflict.Claims.Select(c => c.Value));
        Assert.Contains("voters", conflict.About, StringComparison.Ordinal);
    }

    [Fact]
    public void Shares_of_different_things_do_not_conflict()
    {
        var conflicts = Detect(
            Doc("A", "Two-thirds of voters in the harbour district backed the bridge plan in Sunday's referendum."),
            Doc("B", "In Sunday's referendum on the bridge plan, 40% of households in the harbour district cast a ballot."));

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Percentages_that_differ_only_by_rounding_do_not_conflict()
    {
        var conflicts = Detect(
            Doc("A", "Unemployment in the province rose to 6.4% in March, the statistics office said."),
            Doc("B", "Unemployment in the province rose to 6% in March, the statistics office said."));

        Assert.Empty(conflicts);
    }
}
