using Parallax.Core.Annotations;

namespace Parallax.Language.Tests;

public class QuoteAttributorTests
{
    [Fact]
    public void Seed_000_direct_quotes_have_the_right_speakers()
    {
        var document = TestDocuments.Seed("000");
        var zelensky = TestDocuments.EntityNamed(document, "Volodymyr Zelensky");

        var goal = TestDocuments.QuoteStarting(document, "Putin’s goal is to occupy all Ukraine");
        Assert.Equal(AttributionKind.Direct, goal.Kind);
        Assert.Equal(zelensky.Id, goal.SpeakerEntityId);
        Assert.Equal("Volodymyr Zelensky", goal.Speaker);
        Assert.Equal("told", document.Slice(goal.Cue!.Value));
        Assert.Equal("Putin’s goal is to occupy all Ukraine", document.Slice(goal.Content));

        var added = TestDocuments.QuoteStarting(document, "No matter what he tells anyone");
        Assert.Equal(AttributionKind.Direct, added.Kind);
        Assert.Equal(zelensky.Id, added.SpeakerEntityId);
        Assert.Equal("he", document.Slice(added.SourceSpan!.Value));

        var peskov = TestDocuments.QuoteStarting(document, "Our negotiators have the opportunity");
        Assert.Equal(AttributionKind.Direct, peskov.Kind);
        Assert.Equal("Dmitry Peskov", peskov.Speaker);

        Assert.Equal("Marcin Posacki", TestDocuments.QuoteStarting(document, "Russia’s reckless actions").Speaker);
    }

    [Fact]
    public void Seed_003_nominal_and_continued_quotes_resolve_to_their_speakers()
    {
        var document = TestDocuments.Seed("003");
        var trump = TestDocuments.QuoteStarting(document, "It’s sort of running out and running out fast");
        Assert.Equal(AttributionKind.Direct, trump.Kind);
        Assert.Equal("Donald Trump", trump.Speaker);
        Assert.Equal("the American president", document.Slice(trump.SourceSpan!.Value));

        Assert.Equal("Donald Trump", TestDocuments.QuoteStarting(document, "It’s amazing.").Speaker);

        var peskov = TestDocuments.QuoteStarting(document, "Negotiators remain in contact");
        Assert.Equal(AttributionKind.Direct, peskov.Kind);
        Assert.Equal("Dmitry Peskov", peskov.Speaker);
        Assert.Equal("told reporters", document.Slice(peskov.Cue!.Value));
    }

    [Fact]
    public void Seed_partial_quotes_take_the_sentence_subject()
    {
        var d003 = TestDocuments.Seed("003");
        var impeding = TestDocuments.QuoteStarting(d003, "impeding");
        Assert.Equal(AttributionKind.Partial, impeding.Kind);
        Assert.Equal("Dmitry Peskov", impeding.Speaker);
        var pause = TestDocuments.QuoteStarting(d003, "pause");
        Assert.Equal(AttributionKind.Partial, pause.Kind);
        Assert.Equal("Kremlin", pause.Speaker);

        var d001 = TestDocuments.Seed("001");
        var blocking = TestDocuments.QuoteStarting(d001, "the Europeans are actively blocking efforts");
        Assert.Equal(AttributionKind.Partial, blocking.Kind);
        Assert.Equal("Dmitry Peskov", blocking.Speaker);
    }

    [Fact]
    public void Seed_004_unnamed_source_and_pronoun()
    {
        var document = TestDocuments.Seed("004");
        var difficult = TestDocuments.QuoteStarting(document, "It will be very difficult");
        Assert.Equal(AttributionKind.Direct, difficult.Kind);
        Assert.Equal("Dmitry Peskov", difficult.Speaker);

        var source = TestDocuments.QuoteStarting(document, "This will determine whether results can be achieved");
        Assert.Null(source.SpeakerEntityId);
        Assert.Equal("A source within the Ukrainian delegation", source.Speaker);
    }

    [Fact]
    public void Seed_indirect_speech_is_indirect_never_direct()
    {
        var document = TestDocuments.Seed("000");
        var warned = Assert.Single(document.Attributions, a => document.Slice(a.Content) == "his Russian counterpart still wants to occupy all of Ukraine");
        Assert.Equal(AttributionKind.Indirect, warned.Kind);
        Assert.Equal("Volodymyr Zelensky", warned.Speaker);
        Assert.DoesNotContain(document.Attributions, a => a.Kind == AttributionKind.Direct && document.Slice(a.Content).Contains("still wants", StringComparison.Ordinal));
    }

    [Fact]
    public void Scare_quotes_without_a_cue_are_not_quotes()
    {
        Assert.DoesNotContain(TestDocuments.Seed("000").Attributions, a => TestDocuments.Seed("000").Slice(a.Content).Contains("West-2025", StringComparison.Ordinal));
        var document = TestDocuments.Annotate("The so-called “reform” failed within a year.");
        Assert.Empty(document.Attributions);
    }

    [Fact]
    public void Attributions_are_sorted_by_content_and_point_inside_the_text()
    {
        foreach (var seed in TestDocuments.SeedPrefixes)
        {
            var document = TestDocuments.Seed(seed);
            Assert.Equal(document.Attributions.OrderBy(a => a.Content.Start).Select(a => a.Content.Start), document.Attributions.Select(a => a.Content.Start));
            Assert.All(document.Attributions, a => Assert.True(a.Content.End <= document.Text.Length && a.Content.Length > 0));
            Assert.All(document.Attributions.Where(a => a.SpeakerEntityId is not null), a => Assert.Equal(document.FindEntity(a.SpeakerEntityId)!.Name, a.Speaker));
        }
    }

    [Fact]
    public void Speaker_after_inverted_with_apposition()
    {
        var document = TestDocuments.Annotate("“We will not retreat,” said Maria Lopez, the mayor of the town.");
        var quote = Assert.Single(document.Attributions);
        Assert.Equal(AttributionKind.Direct, quote.Kind);
        Assert.Equal("Maria Lopez", quote.Speaker);
        Assert.Equal("We will not retreat", document.Slice(quote.Content));
    }

    [Fact]
    public void According_to_attributes_both_paraphrase_and_quote()
    {
        var paraphrase = TestDocuments.Annotate("The bridge will reopen in May, according to city engineer Tomas Varga.");
        var indirect = Assert.Single(paraphrase.Attributions);
        Assert.Equal(AttributionKind.Indirect, indirect.Kind);
        Assert.Equal("Tomas Varga", indirect.Speaker);
        Assert.Equal("The bridge will reopen in May", paraphrase.Slice(indirect.Content));
        Assert.Equal("according to", paraphrase.Slice(indirect.Cue!.Value));

        var quoted = TestDocuments.Annotate("“The bridge is safe,” according to engineer Tomas Varga.");
        var direct = Assert.Single(quoted.Attributions);
        Assert.Equal(AttributionKind.Direct, direct.Kind);
        Assert.Equal("Tomas Varga", direct.Speaker);
    }

    [Fact]
    public void Pronouns_resolve_by_gender_to_the_nearest_person()
    {
        var she = TestDocuments.Annotate("Angela Merkel met Emmanuel Macron in Berlin on Monday.", "“We agreed on a common position,” she said.");
        Assert.Equal("Angela Merkel", Assert.Single(she.Attributions).Speaker);

        var he = TestDocuments.Annotate("Angela Merkel met Emmanuel Macron in Berlin on Monday.", "“We agreed on a common position,” he said.");
        Assert.Equal("Emmanuel Macron", Assert.Single(he.Attributions).Speaker);
    }

    [Fact]
    public void Quote_continues_across_paragraphs_and_split_quotes_share_the_speaker()
    {
        var document = TestDocuments.Annotate(
            "Senator Ruth Alvarez said: “The budget is a disgrace.",
            "“It cuts schools and hospitals.”",
            "President Omar Haddad arrived later. “We are ready,” he said, “but not at any price.”");
        var quotes = document.Attributions.Where(a => a.Kind == AttributionKind.Direct).ToArray();
        Assert.Equal(4, quotes.Length);
        Assert.Equal(["Ruth Alvarez", "Ruth Alvarez", "Omar Haddad", "Omar Haddad"], quotes.Select(q => q.Speaker));
        Assert.Equal("It cuts schools and hospitals.", document.Slice(quotes[1].Content));
        Assert.Equal("but not at any price.", document.Slice(quotes[3].Content));
    }

    [Fact]
    public void Reported_clause_after_said_that_is_indirect()
    {
        var document = TestDocuments.Annotate("The minister, Karl Brandt, said on Tuesday that taxes would rise next year.");
        var indirect = Assert.Single(document.Attributions);
        Assert.Equal(AttributionKind.Indirect, indirect.Kind);
        Assert.Equal("Karl Brandt", indirect.Speaker);
        Assert.Equal("taxes would rise next year", document.Slice(indirect.Content));
    }

    [Fact]
    public void Participle_cue_after_a_quote_shares_the_speaker_and_connectors_stay_in_names()
    {
        var document = TestDocuments.Annotate(
            "British Prime Minister Keir Starmer met Ursula von der Leyen in Brussels on Thursday.",
            "\"We need a deal that works for both sides,\" the prime minister told parliament on Monday, adding that talks would continue.",
            "Von der Leyen, 66, said the offer was generous. \"The door remains open,\" she added.");
        var direct = TestDocuments.QuoteStarting(document, "We need a deal");
        Assert.Equal("Keir Starmer", direct.Speaker);
        var adding = Assert.Single(document.Attributions, a => document.Slice(a.Content) == "talks would continue");
        Assert.Equal(AttributionKind.Indirect, adding.Kind);
        Assert.Equal("Keir Starmer", adding.Speaker);
        Assert.Equal("Ursula von der Leyen", TestDocuments.QuoteStarting(document, "The door remains open").Speaker);
        Assert.Contains("Von der Leyen", TestDocuments.EntityNamed(document, "Ursula von der Leyen").Aliases);
    }

    [Fact]
    public void Cue_in_a_relative_clause_speaks_for_its_antecedent()
    {
        var document = TestDocuments.Annotate(
            "Finance Minister Lena Berg, who has repeatedly claimed the deficit would shrink, presented the budget on Friday.");
        var claim = Assert.Single(document.Attributions);
        Assert.Equal(AttributionKind.Indirect, claim.Kind);
        Assert.Equal("Lena Berg", claim.Speaker);
        Assert.Equal("the deficit would shrink", document.Slice(claim.Content));
    }

    [Fact]
    public void Guillemets_and_organisation_nominals()
    {
        var document = TestDocuments.Annotate(
            "The Ministry of Health published new figures on Monday.",
            "«Hospital admissions have fallen for a third week,» the ministry said in a statement.",
            "Former prime minister Theresa May said: «The figures are encouraging.»");
        var ministry = TestDocuments.QuoteStarting(document, "Hospital admissions");
        Assert.Equal(AttributionKind.Direct, ministry.Kind);
        Assert.Equal("Ministry of Health", ministry.Speaker);
        Assert.Equal("Theresa May", TestDocuments.QuoteStarting(document, "The figures are encouraging").Speaker);
    }

    [Fact]
    public void Trailing_and_sentence_initial_attributions_are_indirect()
    {
        var document = TestDocuments.Annotate(
            "BERLIN, March 3 (Reuters) - Output shrank in the fourth quarter, the statistics office said on Friday.",
            "According to the central bank, inflation will ease to 2.5% next year.",
            "Opposition leader Jana Novak called the figures \"alarming\" and demanded tax cuts.");
        var office = Assert.Single(document.Attributions, a => a.Speaker == "the statistics office");
        Assert.Equal(AttributionKind.Indirect, office.Kind);
        Assert.Equal("Output shrank in the fourth quarter", document.Slice(office.Content));

        var bank = Assert.Single(document.Attributions, a => a.Speaker == "the central bank");
        Assert.Equal("inflation will ease to 2.5% next year", document.Slice(bank.Content));

        var alarming = TestDocuments.QuoteStarting(document, "alarming");
        Assert.Equal(AttributionKind.Partial, alarming.Kind);
        Assert.Equal("Jana Novak", alarming.Speaker);
    }

    [Fact]
    public void British_single_quotes_are_quotes_and_apostrophes_are_not()
    {
        var document = TestDocuments.Annotate(
            "Critics called it ‘a betrayal’. Smith said: ‘It’s the workers’ money.’",
            "Officials said the plan was sound.");
        var money = TestDocuments.QuoteStarting(document, "It’s the workers’ money.");
        Assert.Equal(AttributionKind.Direct, money.Kind);
        Assert.Equal("Smith", money.Speaker);
        Assert.Equal(EntityKind.Person, TestDocuments.EntityNamed(document, "Smith").Kind);
        Assert.Equal("Critics", TestDocuments.QuoteStarting(document, "a betrayal").Speaker);
        Assert.DoesNotContain(document.Entities, e => e.Name == "Officials");
        Assert.Equal("Officials", Assert.Single(document.Attributions, a => a.Kind == AttributionKind.Indirect).Speaker);
    }

    [Fact]
    public void Colon_at_the_end_of_a_paragraph_introduces_the_next_quote()
    {
        var document = TestDocuments.Annotate(
            "Health Minister Anna Kowalczyk told reporters:",
            "“The hospitals are ready for the winter.”");
        var quote = Assert.Single(document.Attributions);
        Assert.Equal(AttributionKind.Direct, quote.Kind);
        Assert.Equal("Anna Kowalczyk", quote.Speaker);
    }
}
