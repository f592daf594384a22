using System.Collections.Immutable;

namespace Parallax.Reporting;

/// <summary>The report writers Parallax ships, looked up by format name.</summary>
public static class ReportWriters
{
    /// <summary>Every writer, in the order formats are listed to users.</summary>
    public static ImmutableArray<IReportWriter> All { get; } =
        [new HtmlReportWriter(), new MarkdownReportWriter(), new JsonReportWriter()];

    /// <summary>The format names <see cref="ForFormat"/> accepts.</summary>
    public static ImmutableArray<string> Formats { get; } = [.. All.Select(w => w.Format)];

    /// <summary>
    /// The writer for <paramref name="format"/> ("html", "md", "json"; case-insensitive, a leading dot and the
    /// aliases "markdown" and "htm" accepted).
    /// </summary>
    /// <exception cref="ArgumentException">No writer has that format; the message names it and the known formats.</exception>
    public static IReportWriter ForFormat(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var name = format.Trim().TrimStart('.').ToLowerInvariant() switch
        {
            "markdown" => "md",
            "htm" => "html",
            var other => other,
        };
        foreach (var writer in All)
        {
            if (writer.Format == name)
            {
                return writer;
            }
        }

        throw new ArgumentException(
            $"Unknown report format '{format}'. Known formats: {string.Join(", ", Formats)}.", nameof(format));
    }
}
