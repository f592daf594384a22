using Parallax.Core.Annotations;
using Parallax.Language.Entities;
using Parallax.Language.Entities.Ner;

namespace Parallax.Language.Tests.Ner;

public class IobChunksTests
{
    [Fact]
    public void Reads_iob1_where_b_only_separates_adjacent_names_of_one_type()
    {
        string[] tags = ["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "I-ORG"];

        Assert.Equal(
            [new EntityTag(0, 2, EntityKind.Person), new EntityTag(2, 1, EntityKind.Person), new EntityTag(4, 1, EntityKind.Location), new EntityTag(5, 2, EntityKind.Organization)],
            IobChunks.Read(tags).ToArray());
    }

    [Fact]
    public void Reads_iob2_and_bilou_alike()
    {
        string[] iob2 = ["B-MISC", "I-MISC", "O", "B-LOC", "B-LOC"];
        string[] bilou = ["B-MISC", "L-MISC", "O", "U-LOC", "U-LOC"];

        EntityTag[] expected = [new(0, 2, EntityKind.Miscellaneous), new(3, 1, EntityKind.Location), new(4, 1, EntityKind.Location)];
        Assert.Equal(expected, IobChunks.Read(iob2).ToArray());
        Assert.Equal(expected, IobChunks.Read(bilou).ToArray());
    }

    [Fact]
    public void A_name_running_to_the_end_is_closed()
    {
        Assert.Equal([new EntityTag(1, 2, EntityKind.Organization)], IobChunks.Read(["O", "B-ORG", "I-ORG"]).ToArray());
    }

    [Theory]
    [InlineData("X-PER")]
    [InlineData("B-GPE")]
    [InlineData("PER")]
    public void Unknown_tags_are_refused(string tag)
    {
        Assert.Throws<InvalidDataException>(() => IobChunks.Read(["O", tag]));
    }
}
