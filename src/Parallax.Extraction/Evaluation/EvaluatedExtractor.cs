using Parallax.Extraction.Html;
using Parallax.Extraction.Input;

namespace Parallax.Extraction.Evaluation;

/// <summary>The extractor under evaluation and the byte decoding it is fed through, the same as the reader's.</summary>
public static class EvaluatedExtractor
{
    /// <summary>The main text <see cref="HtmlExtractor"/> finds: body paragraphs joined by newlines.</summary>
    public static string ExtractText(string html) => string.Join('\n', HtmlExtractor.Extract(html).Content.Body);

    /// <summary>
    /// Decodes page bytes the way <see cref="ArticleReader"/> decodes a page (BOM, the page's own &lt;meta&gt;
    /// declaration, UTF-16, strict UTF-8, Windows-1252 fallback); returns the problem instead for binary or empty data.
    /// </summary>
    public static DatasetPage Decode(string name, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return new DatasetPage(name, null, "empty file");
        }

        var decoded = TextDecoder.Decode(bytes, declaredCharset: null);
        return decoded.Problem is null ? new DatasetPage(name, decoded.Text, null) : new DatasetPage(name, null, decoded.Problem);
    }
}
