using Parallax.Core.Reports;

namespace Parallax.Reporting;

/// <summary>Renders an <see cref="AnalysisResult"/> as one report file. Implementations are stateless and thread-safe.</summary>
public interface IReportWriter
{
    /// <summary>The format name users pass on the command line ("html", "md", "json").</summary>
    string Format { get; }

    /// <summary>The file extension of the output, with its dot (".html").</summary>
    string FileExtension { get; }

    /// <summary>Writes the whole report to <paramref name="writer"/>; the same result always gives the same text.</summary>
    void Write(AnalysisResult result, TextWriter writer);
}
