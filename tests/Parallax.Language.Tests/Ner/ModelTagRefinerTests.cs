using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Text;
using Parallax.Language.Entities;
using Parallax.Language.Entities.Ner;

namespace Parallax.Language.Tests.Ner;

public class ModelTagRefinerTests
{
    private static ImmutableArray<Token> Tokens(string sentence) =>
        [.. sentence.Split(' ').Select((w, i) => new Token(new TextSpan(i * 20, w.Length), w, 0))];

    [Fact]
    public void A_leading_article_is_left_out()
    {
        var tokens = Tokens("He read The Moscow Times");

        Assert.Equal([new EntityTag(3, 2, EntityKind.Organization)], ModelTagRefiner.Refine(tokens, [new EntityTag(2, 3, EntityKind.Organization)]).ToArray());
    }

    [Fact]
    public void Names_joined_by_particles_are_one_person_when_the_first_is_a_given_name()
    {
        var tokens = Tokens("They met Ursula von der Leyen today");

        var refined = ModelTagRefiner.Refine(tokens, [new EntityTag(2, 1, EntityKind.Location), new EntityTag(5, 1, EntityKind.Location)]);

        Assert.Equal([new EntityTag(2, 4, EntityKind.Person)], refined.ToArray());
    }

    [Fact]
    public void Places_joined_by_a_particle_stay_a_place()
    {
        var tokens = Tokens("They flew to Rio de Janeiro");

        var refined = ModelTagRefiner.Refine(tokens, [new EntityTag(3, 1, EntityKind.Location), new EntityTag(5, 1, EntityKind.Location)]);

        Assert.Equal([new EntityTag(3, 3, EntityKind.Location)], refined.ToArray());
    }

    [Fact]
    public void A_capitalised_particle_starts_the_name_and_a_known_surname_is_a_person()
    {
        var tokens = Tokens("Ursula von der Leyen spoke . Von der Leyen left");

        var refined = ModelTagRefiner.Refine(tokens, [new EntityTag(0, 4, EntityKind.Person), new EntityTag(8, 1, EntityKind.Location)]);

        Assert.Equal([new EntityTag(0, 4, EntityKind.Person), new EntityTag(6, 3, EntityKind.Person)], refined.ToArray());
    }

    [Fact]
    public void The_object_of_a_title_before_a_person_is_not_a_name()
    {
        var tokens = Tokens("Minister of Foreign Affairs Wang Yi spoke");

        var refined = ModelTagRefiner.Refine(tokens, [new EntityTag(2, 2, EntityKind.Organization), new EntityTag(4, 2, EntityKind.Person)]);

        Assert.Equal([new EntityTag(4, 2, EntityKind.Person)], refined.ToArray());
    }

    [Fact]
    public void An_organisation_after_of_without_a_title_stays()
    {
        var tokens = Tokens("Shares of Valdor Bank Anton Hale said");

        var tags = ImmutableArray.Create(new EntityTag(2, 2, EntityKind.Organization), new EntityTag(4, 2, EntityKind.Person));

        Assert.Equal(tags.ToArray(), ModelTagRefiner.Refine(tokens, tags).ToArray());
    }
}
