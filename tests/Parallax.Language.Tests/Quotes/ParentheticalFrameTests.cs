using Parallax.Core.Annotations;

namespace Parallax.Language.Tests.Quotes;

/// <summary>A reporting frame set inside the statement it reports: "The storms, she said, have grown stronger."</summary>
public sealed class ParentheticalFrameTests
{
    [Fact]
    public void A_frame_inside_the_sentence_reports_both_sides_of_it()
    {
        var document = TestDocuments.Annotate(
            "The winter storms, Ilse Marten said, have grown stronger every year since the new quay was built.");

        var said = Assert.Single(document.Attributions);

        Assert.Equal("said", document.Slice(said.Cue!.Value));
        Assert.Equal("Ilse Marten", said.Speaker);
        Assert.Equal("The winter storms, Ilse Marten said, have grown stronger every year since the new quay was built", document.Slice(said.Content));
    }

    [Fact]
    public void A_participle_after_the_frame_starts_a_statement_of_its_own()
    {
        var document = TestDocuments.Annotate(
            "The quay is finished, Ilse Marten said, adding that the ferries would return in May.");

        var said = document.Attributions.Single(a => a.Cue is { } c && document.Slice(c) == "said");

        Assert.Equal("The quay is finished", document.Slice(said.Content));
    }
}
