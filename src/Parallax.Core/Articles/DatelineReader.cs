using System.Text.RegularExpressions;
using Parallax.Core.Text;

namespace Parallax.Core.Articles;

/// <summary>
/// Finds the dateline at the start of an article's text. Two forms are read, both closed by a dash (wire copy's
/// "_", "-", "--", "–", "—") and followed by the sentence, which must start with a capital, a digit or a quote:
/// <list type="bullet">
/// <item>an agency in parentheses, after a place or alone: "LIMA, Peru (AP) _", "Porto Alegre, Brazil (AFP) –",
/// "(CNN) --";</item>
/// <item>without an agency, a place whose first word is in capitals: "GENEVA _", "SALEM, Ore. —". Prose
/// starting with a place name ("PARIS is …", "Paris — the capital …") has no closing dash or goes on in lower
/// case, and is not a dateline.</item>
/// </list>
/// A place may carry up to three comma-separated parts: a state, a country or a date ("BEIJING, March 3"); the date
/// is left out of <see cref="Dateline.Place"/>. A colon ("LONDON:") is not read as a dateline's end, because all-capital
/// labels such as "UPDATE:" end the same way.
/// </summary>
public static partial class DatelineReader
{
    // Longer than any dateline seen in wire copy ("RIO DE JANEIRO, Brazil, Nov. 12 (AFP) --" is 40 characters).
    private const int MaxLength = 80;

    /// <summary>The dateline at the start of <paramref name="text"/>, or null.</summary>
    public static Dateline? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.Length > MaxLength ? text[..MaxLength] : text;
        var match = WithAgency().Match(head);
        if (!match.Success)
        {
            match = CapitalPlace().Match(head);
        }

        if (!match.Success)
        {
            return null;
        }

        var agency = match.Groups["agency"];
        return new Dateline(
            new TextSpan(0, match.Groups["dateline"].Length),
            PlaceOf(match.Groups["place"]),
            agency.Success ? agency.Value.Trim() : null);
    }

    private static string? PlaceOf(Group place)
    {
        if (!place.Success)
        {
            return null;
        }

        var parts = place.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var kept = parts.Take(1).Concat(parts.Skip(1).Where(static p => !DatePart().IsMatch(p)));
        return string.Join(", ", kept);
    }

    // A word of a place: a capital and then letters, dots, apostrophes or hyphens ("ST.", "N.Y.", "O'HARE"), or a
    // lower-case particle of a place name ("Rio de Janeiro", "Stratford-upon-Avon" is one word).
    private const string Word = @"(?:\p{Lu}[\p{L}.'’\-]*|de|da|do|del|des|di|du|la|le|es|el|al|am|an|of|on|upon|sur)";

    // A part after a comma: a state, a country or a date ("Peru", "Ore.", "Jan. 5", "March 3, 2024" is two parts).
    private const string Part = @"(?:\p{Lu}[\p{L}.'’\-]*|\d{1,4}(?:st|nd|rd|th)?)(?: (?:\p{Lu}[\p{L}.'’\-]*|\d{1,4}(?:st|nd|rd|th)?|de|of)){0,3}";

    private const string Parts = @"(?:, ?" + Part + "){0,3}";

    // The closing dash; a hyphen or an underscore must stand apart ("COVID-19" is a word, not a dateline).
    private const string Dash = @"(?:\s*(?:_|--?)(?=\s)|\s*[–—―])";

    // What follows the dateline starts a sentence.
    private const string SentenceStart = @"(?=\s*[\p{Lu}\p{N}""“‘'`(])";

    [GeneratedRegex(@"\A(?<dateline>(?:(?<place>\p{Lu}[\p{L}.'’\-]*(?: " + Word + "){0,4}" + Parts + @")\s*)?\((?<agency>\p{Lu}[\p{L}\p{N}&.'’ \-/]{0,30})\)" + Dash + ")" + SentenceStart, RegexOptions.CultureInvariant)]
    private static partial Regex WithAgency();

    [GeneratedRegex(@"\A(?<dateline>(?<place>\p{Lu}[\p{Lu}.'’\-]+(?: (?:\p{Lu}[\p{Lu}.'’\-]*|DE|DA|DO|DEL|ES|EL|AL|LA|LE)){0,4}" + Parts + ")" + Dash + ")" + SentenceStart, RegexOptions.CultureInvariant)]
    private static partial Regex CapitalPlace();

    [GeneratedRegex(@"^(?:Jan|Feb|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?$|^\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePart();
}
