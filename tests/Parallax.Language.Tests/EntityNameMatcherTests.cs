using Parallax.Core.Annotations;
using Parallax.Language.Entities;

namespace Parallax.Language.Tests;

public class EntityNameMatcherTests
{
    [Theory]
    [InlineData("Zelensky", "Zelenskiy")]
    [InlineData("Zelenskyy", "Zelenski")]
    [InlineData("Kovalskyy", "Kovalski")]
    [InlineData("Erdoğan", "Erdogan")]
    [InlineData("Aleksandr", "Alexandr")]
    [InlineData("Sergey", "Sergei")]
    [InlineData("Dmitriy", "Dmitry")]
    public void Transliteration_variants_share_a_phonetic_key(string a, string b) =>
        Assert.Equal(EntityNameMatcher.Key(a), EntityNameMatcher.Key(b));

    [Theory]
    [InlineData("Peskov", "Dmitry Peskov", true)]
    [InlineData("Vladimir Zelenskiy", "Volodymyr Zelensky", true)]
    [InlineData("J. Smith", "John Smith", true)]
    [InlineData("Sergei Lavrov", "Sergey Lavrov", true)]
    [InlineData("Dmitry Peskov", "Dmitry Medvedev", false)]
    [InlineData("Mary Smith", "John Smith", false)]
    [InlineData("Smith", "Smithson", false)]
    [InlineData("von der Leyen", "Ursula von der Leyen", true)]
    [InlineData("Tayyip Erdogan", "Recep Tayyip Erdoğan", true)]
    public void Person_names_match_by_key_surname_and_initial(string a, string b, bool expected)
    {
        Assert.Equal(expected, EntityNameMatcher.IsSameEntity(a, b, EntityKind.Person));
        Assert.Equal(expected, EntityNameMatcher.IsSameEntity(b, a, EntityKind.Person));
    }

    [Fact]
    public void Surname_rule_applies_to_people_only()
    {
        Assert.False(EntityNameMatcher.IsSameEntity("York", "New York", EntityKind.Location));
        Assert.True(EntityNameMatcher.IsSameEntity("NATO", "North Atlantic Treaty Organization", EntityKind.Organization));
        Assert.True(EntityNameMatcher.IsSameEntity("U.S.", "United States", EntityKind.Location));
        Assert.False(EntityNameMatcher.IsSameEntity("Paris", "Perth", EntityKind.Location));
    }
}
