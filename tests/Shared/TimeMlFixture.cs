using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace Parallax.Tests.Shared;

/// <summary>
/// Writes a small TimeML file from a sentence the tests write in a short form: "[Friday|DATE|2003-03-14]" is a TIMEX3
/// with its type and value, "{closed}" an EVENT; everything else is text (escaped as XML requires).
/// </summary>
internal static partial class TimeMlFixture
{
    public static string Write(string creationDate, string title, string marked)
    {
        var text = new StringBuilder();
        var last = 0;
        var tid = 1;
        var eid = 1;
        foreach (Match match in Markup().Matches(marked))
        {
            text.Append(SecurityElement.Escape(marked[last..match.Index]));
            text.Append(match.Groups["timex"].Success
                ? $"<TIMEX3 tid=\"t{tid++}\" type=\"{match.Groups["type"].Value}\" value=\"{match.Groups["value"].Value}\">{SecurityElement.Escape(match.Groups["timex"].Value)}</TIMEX3>"
                : $"<EVENT eid=\"e{eid++}\" class=\"OCCURRENCE\">{SecurityElement.Escape(match.Groups["event"].Value)}</EVENT>");
            last = match.Index + match.Length;
        }

        text.Append(SecurityElement.Escape(marked[last..]));
        return "<?xml version=\"1.0\" ?>\n<TimeML>\n"
            + $"<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{creationDate}\" functionInDocument=\"CREATION_TIME\">{creationDate}</TIMEX3></DCT>\n"
            + $"<TITLE>{SecurityElement.Escape(title)}</TITLE>\n<TEXT>{text}</TEXT>\n</TimeML>\n";
    }

    [GeneratedRegex(@"\[(?<timex>[^|\]]+)\|(?<type>[A-Z]+)\|(?<value>[^\]]+)\]|\{(?<event>[^}]+)\}")]
    private static partial Regex Markup();
}
