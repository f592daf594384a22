using System.Text;
using System.Text.RegularExpressions;
using Parallax.Extraction.Metadata;

namespace Parallax.Extraction.Html;

/// <summary>How a paragraph is compared across a site's pages, and which paragraphs are never template.</summary>
internal static partial class SiteTemplateText
{
    /// <summary>
    /// The paragraph folded for comparison: lower case, white space collapsed, every digit a 0 (so "© 2024" and a
    /// reading time "4 min read" match their siblings on other pages).
    /// </summary>
    public static string Key(string paragraph)
    {
        var collapsed = WhiteSpace.Collapse(paragraph);
        return string.Create(collapsed.Length, collapsed, static (key, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                key[i] = char.IsDigit(text[i]) ? '0' : char.ToLowerInvariant(text[i]);
            }
        });
    }

    /// <summary>
    /// True for a paragraph that quotes someone at length (four words or more inside quotation marks): a site may
    /// repeat a quote across its stories because it is news, and a quote is never page furniture.
    /// </summary>
    public static bool HoldsQuotation(string paragraph)
    {
        foreach (Match match in Quotation().Matches(paragraph))
        {
            if (match.Groups[1].Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("""["“„«»”]([^"“”„«»]{1,2000})["”“«»]""")]
    private static partial Regex Quotation();
}
