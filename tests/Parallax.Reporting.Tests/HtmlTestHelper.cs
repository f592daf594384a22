using System.Net;
using System.Text.RegularExpressions;

namespace Parallax.Reporting.Tests;

internal static class HtmlTestHelper
{
    /// <summary>The decoded text of the element with the given id, whose content must hold no markup.</summary>
    public static string ElementText(string html, string id)
    {
        var match = Regex.Match(html, "<(\\w+) id=\"" + Regex.Escape(id) + "\">([^<]*)</\\1>");
        Assert.True(match.Success, $"no element with id {id} and plain content");
        return WebUtility.HtmlDecode(match.Groups[2].Value);
    }
}
