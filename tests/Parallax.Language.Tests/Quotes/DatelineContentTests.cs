namespace Parallax.Language.Tests.Quotes;

/// <summary>The article's dateline is where the story was filed, not part of what anyone said.</summary>
public sealed class DatelineContentTests
{
    [Theory]
    [InlineData("HARLOW, March 3 (Wirepost) - Talks with the dock union will resume next week, the minister said.")]
    [InlineData("HARLOW (Wirepost) _ Talks with the dock union will resume next week, the minister said.")]
    [InlineData("HARLOW _ Talks with the dock union will resume next week, the minister said.")]
    public void Reported_content_starts_after_the_dateline(string lead)
    {
        var document = RulesOnlyPipeline.Instance.Annotate(TestDocuments.Article("fixture", lead));

        var found = Assert.Single(document.Attributions);
        Assert.Equal("Talks with the dock union will resume next week", document.Slice(found.Content));
    }
}
