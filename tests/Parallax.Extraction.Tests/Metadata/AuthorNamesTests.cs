using Parallax.Extraction.Metadata;

namespace Parallax.Extraction.Tests.Metadata;

public sealed class AuthorNamesTests
{
    [Theory]
    [InlineData("By Jane Doe", new[] { "Jane Doe" })]
    [InlineData("BY JANE DOE", new[] { "JANE DOE" })]
    [InlineData("Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Jane Doe, John Roe and Ann Poe", new[] { "Jane Doe", "John Roe", "Ann Poe" })]
    [InlineData("Jane Doe, John Roe, and Ann Poe", new[] { "Jane Doe", "John Roe", "Ann Poe" })]
    [InlineData("Jane Doe & John Roe | Reuters", new[] { "Jane Doe", "John Roe", "Reuters" })]
    [InlineData("Jane Doe, Political Correspondent", new[] { "Jane Doe" })]
    [InlineData("Jane Doe - Staff Writer", new[] { "Jane Doe" })]
    [InlineData("Jane Doe in Kyiv", new[] { "Jane Doe" })]
    [InlineData("Ursula von der Leyen", new[] { "Ursula von der Leyen" })]
    [InlineData("Von Hans Müller und Eva Schmidt", new[] { "Hans Müller", "Eva Schmidt" })]
    [InlineData("https://example.com/author/jane-doe", new string[0])]
    [InlineData("Jane Doe (jane@example.com)", new[] { "Jane Doe" })]
    [InlineData("Staff Reporter", new string[0])]
    [InlineData("By Jane Doe Updated 4 March 2025 10:00", new[] { "Jane Doe" })]
    [InlineData("John Walk | January 6, 2020", new[] { "John Walk" })]
    [InlineData("Jane Doe 12.03.2025", new[] { "Jane Doe" })]
    [InlineData("Grant Tinsley, PhD", new[] { "Grant Tinsley" })]
    [InlineData("Associated Press", new[] { "Associated Press" })]
    [InlineData("", new string[0])]
    public void Bylines_become_names(string byline, string[] expected) =>
        Assert.Equal(expected, AuthorNames.Split(byline).AsEnumerable());

    [Fact]
    public void Several_bylines_merge_without_duplicates() =>
        Assert.Equal(["Jane Doe", "John Roe"], AuthorNames.SplitAll(["By Jane Doe", "jane doe", "John Roe and Jane Doe", null]).AsEnumerable());
}
