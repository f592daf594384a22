using Parallax.Core.Annotations;

namespace Parallax.Language.Tests;

public class EntityRecognizerTests
{
    [Fact]
    public void Seed_000_links_surnames_to_full_names_with_roles()
    {
        var document = TestDocuments.Seed("000");
        var peskov = TestDocuments.EntityNamed(document, "Dmitry Peskov");
        Assert.Equal(EntityKind.Person, peskov.Kind);
        Assert.Contains("Peskov", peskov.Aliases);
        Assert.Contains("Kremlin spokesman", peskov.Roles);

        var zelensky = TestDocuments.EntityNamed(document, "Volodymyr Zelensky");
        Assert.Contains("Zelensky", zelensky.Aliases);
        Assert.Contains("Ukrainian President", zelensky.Roles);
        Assert.True(document.Mentions.Count(m => m.EntityId == zelensky.Id) >= 3);

        Assert.Contains("NATO Secretary General", TestDocuments.EntityNamed(document, "Mark Rutte").Roles);
        Assert.Contains("Polish Deputy Foreign Minister", TestDocuments.EntityNamed(document, "Marcin Posacki").Roles);
    }

    [Fact]
    public void Seed_004_reads_roles_from_appositions_and_premodifiers()
    {
        var document = TestDocuments.Seed("004");
        Assert.Contains("former defence minister", TestDocuments.EntityNamed(document, "Rustem Umerov").Roles);
        Assert.Contains("political adviser", TestDocuments.EntityNamed(document, "Vladimir Medinsky").Roles);
        Assert.Equal(EntityKind.Person, TestDocuments.EntityNamed(document, "Recep Tayyip Erdogan").Kind);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Ids_follow_first_mention_and_mentions_agree_with_entities(string seed)
    {
        var document = TestDocuments.Seed(seed);
        var firstSeen = document.Mentions.Select(m => m.EntityId).Distinct().ToArray();
        Assert.Equal(document.Entities.Select(e => e.Id), firstSeen);
        Assert.Equal(Enumerable.Range(0, document.Entities.Length).Select(i => "e" + i), document.Entities.Select(e => e.Id));
        foreach (var mention in document.Mentions)
        {
            Assert.Equal(document.FindEntity(mention.EntityId)!.Kind, mention.Kind);
        }

        Assert.Equal(document.Mentions.OrderBy(m => m.Span.Start).Select(m => m.Span), document.Mentions.Select(m => m.Span));
        Assert.DoesNotContain(document.Entities, e => e.Name.StartsWith("The ", StringComparison.Ordinal));
    }

    [Fact]
    public void Spelling_variants_within_a_document_are_one_entity()
    {
        var document = TestDocuments.Annotate(
            "Ukrainian President Volodymyr Zelenskyy met envoys in Lviv on Monday.",
            "Later, Zelenskiy said the talks had been useful, and Zelensky thanked the hosts.");
        var person = Assert.Single(document.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Volodymyr Zelenskyy", person.Name);
        Assert.Equal(["Zelenskiy", "Zelensky"], person.Aliases.ToArray());
    }

    [Fact]
    public void Classifies_unseen_names_from_general_cues()
    {
        var document = TestDocuments.Annotate(
            "Talks resumed in Brastova on Tuesday, where Finance Minister Tarek Oumlil met officials of the Ministry of Agriculture.",
            "Flooding hit the Valdor region, and the city of Kesselheim closed its schools, Oumlil said.");
        Assert.DoesNotContain(document.Entities, e => e.Name == "Talks");
        Assert.Equal(EntityKind.Location, TestDocuments.EntityNamed(document, "Brastova").Kind);
        Assert.Equal(EntityKind.Location, TestDocuments.EntityNamed(document, "Valdor").Kind);
        Assert.Equal(EntityKind.Location, TestDocuments.EntityNamed(document, "Kesselheim").Kind);
        Assert.Equal(EntityKind.Organization, TestDocuments.EntityNamed(document, "Ministry of Agriculture").Kind);
        var minister = TestDocuments.EntityNamed(document, "Tarek Oumlil");
        Assert.Equal(EntityKind.Person, minister.Kind);
        Assert.Contains("Finance Minister", minister.Roles);
        Assert.Contains("Oumlil", minister.Aliases);
    }

    [Fact]
    public void Nationality_adjectives_are_misc_and_acronyms_are_organisations()
    {
        var document = TestDocuments.Annotate("Danish troops joined an OSCE mission after the Norwegian foreign ministry asked for help.");
        Assert.Equal(EntityKind.Miscellaneous, TestDocuments.EntityNamed(document, "Danish").Kind);
        Assert.Equal(EntityKind.Miscellaneous, TestDocuments.EntityNamed(document, "Norwegian").Kind);
        Assert.Equal(EntityKind.Organization, TestDocuments.EntityNamed(document, "OSCE").Kind);
    }

    [Fact]
    public void Roles_with_of_phrases_stay_out_of_the_name()
    {
        var document = TestDocuments.Annotate("U.S. Secretary of State Marco Rubio met Minister of Foreign Affairs Wang Yi on Monday.");
        var rubio = TestDocuments.EntityNamed(document, "Marco Rubio");
        Assert.Equal(EntityKind.Person, rubio.Kind);
        Assert.Contains("U.S. Secretary of State", rubio.Roles);
        Assert.Contains("Minister of Foreign Affairs", TestDocuments.EntityNamed(document, "Wang Yi").Roles);
    }

    [Fact]
    public void Degenerate_input_does_not_throw()
    {
        var document = TestDocuments.Annotate("", "\"", "“", "”", "...", "’s", "A.", "U.S.", "“Hello", "said that", "according to", "“”", "Mr.", "—", "said, “");
        Assert.All(document.Tokens, t => Assert.False(t.Span.IsEmpty));
        Assert.All(document.Attributions, a => Assert.True(a.Content.Length > 0));
    }

    [Fact]
    public void Possessive_apposition_gives_a_role()
    {
        var document = TestDocuments.Annotate("Kaja Kallas, the EU's foreign policy chief, said the talks would resume.");
        Assert.Contains("EU's foreign policy chief", TestDocuments.EntityNamed(document, "Kaja Kallas").Roles);
    }
}
