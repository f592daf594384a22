using Parallax.Extraction.Metadata;
using Parallax.Extraction.Text;

namespace Parallax.Extraction.Html;

/// <summary>What an HTML page yields: its declared metadata and its cleaned main content.</summary>
public sealed record HtmlExtraction(DeclaredMetadata Metadata, CleanedText Content);
