namespace Parallax.Reporting.Tests;

public sealed class ReportWritersTests
{
    [Theory]
    [InlineData("html", typeof(HtmlReportWriter))]
    [InlineData("HTML", typeof(HtmlReportWriter))]
    [InlineData("md", typeof(MarkdownReportWriter))]
    [InlineData("markdown", typeof(MarkdownReportWriter))]
    [InlineData(".json", typeof(JsonReportWriter))]
    public void Finds_writer_by_format(string format, Type expected) =>
        Assert.IsType(expected, ReportWriters.ForFormat(format));

    [Fact]
    public void Unknown_format_throws_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => ReportWriters.ForFormat("pdf"));
        Assert.Contains("'pdf'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_writer_is_found_by_its_own_format_and_extension()
    {
        Assert.Equal(3, ReportWriters.All.Length);
        foreach (var writer in ReportWriters.All)
        {
            Assert.Same(writer, ReportWriters.ForFormat(writer.Format));
            Assert.StartsWith(".", writer.FileExtension, StringComparison.Ordinal);
            Assert.Same(writer, ReportWriters.ForFormat(writer.FileExtension));
        }
    }
}
