using Parallax.Core.Annotations;
using Parallax.Language.Entities;
using Parallax.Language.Entities.Ner;

namespace Parallax.Language.Tests.Ner;

public class BilouLabelsTests
{
    [Fact]
    public void Encodes_names_as_begin_inside_last_and_unit()
    {
        var labels = BilouLabels.Encode(6, [new EntityTag(0, 3, EntityKind.Person), new EntityTag(4, 1, EntityKind.Location)]);

        Assert.Equal(["B-PER", "I-PER", "L-PER", "O", "U-LOC", "O"], labels.Select(BilouLabels.Name));
    }

    [Fact]
    public void Decoding_inverts_encoding()
    {
        EntityTag[] names = [new(1, 2, EntityKind.Organization), new(3, 1, EntityKind.Miscellaneous), new(5, 4, EntityKind.Person)];

        Assert.Equal(names, BilouLabels.Decode(BilouLabels.Encode(10, names).AsSpan()).ToArray());
    }

    [Fact]
    public void Decodes_ill_formed_runs_leniently()
    {
        int[] labels =
        [
            BilouLabels.Of(1, EntityKind.Person), // I without B: starts a name
            BilouLabels.Of(2, EntityKind.Person),
            BilouLabels.Of(0, EntityKind.Location), // B left open, then a change of kind
            BilouLabels.Of(1, EntityKind.Organization),
            BilouLabels.Outside,
            BilouLabels.Of(0, EntityKind.Miscellaneous), // open at the end
        ];

        Assert.Equal(
            [new EntityTag(0, 2, EntityKind.Person), new EntityTag(2, 1, EntityKind.Location), new EntityTag(3, 1, EntityKind.Organization), new EntityTag(5, 1, EntityKind.Miscellaneous)],
            BilouLabels.Decode(labels).ToArray());
    }

    [Fact]
    public void Only_well_formed_successions_are_allowed()
    {
        var beginPerson = BilouLabels.Of(0, EntityKind.Person);
        Assert.True(BilouLabels.Allowed(-1, beginPerson));
        Assert.False(BilouLabels.Allowed(-1, BilouLabels.Of(1, EntityKind.Person)));
        Assert.True(BilouLabels.Allowed(beginPerson, BilouLabels.Of(2, EntityKind.Person)));
        Assert.False(BilouLabels.Allowed(beginPerson, BilouLabels.Of(2, EntityKind.Location)));
        Assert.False(BilouLabels.Allowed(beginPerson, BilouLabels.Outside));
        Assert.True(BilouLabels.Allowed(BilouLabels.Of(3, EntityKind.Person), BilouLabels.Of(3, EntityKind.Person)));
    }
}
