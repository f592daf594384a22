using Parallax.Extraction.Metadata;

namespace Parallax.Extraction.Feeds;

/// <summary>
/// Feed dates: RFC 822 / RFC 2822 (<c>[Day,] d Mon yy[yy] hh:mm[:ss] zone</c>) as RSS uses them, tolerating the
/// forms found in the wild — obsolete zones (UT, GMT, Z, EST/EDT, CST/CDT, MST/MDT, PST/PDT, military letters),
/// numeric offsets with or without a colon, two-digit years, full month names, a missing zone or seconds — and
/// ISO 8601 / RFC 3339 as Atom and Dublin Core use them. Anything else is null, never an error.
/// </summary>
internal static class FeedDates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return ParseRfc822(value.Trim()) ?? PublishedDateParser.Parse(value);
    }

    private static DateTimeOffset? ParseRfc822(string text)
    {
        var parts = text.Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        if (i < parts.Length && char.IsLetter(parts[i][0]))
        {
            i++; // The day name: often wrong in real feeds, so it is not checked against the date.
        }

        if (parts.Length - i < 4 || !int.TryParse(parts[i], out var day) || MonthOf(parts[i + 1]) is not { } month
            || !int.TryParse(parts[i + 2], out var year) || parts[i + 2].Length is not (2 or 4))
        {
            return null;
        }

        if (parts[i + 2].Length == 2)
        {
            year += year < 50 ? 2000 : 1900; // RFC 2822 section 4.3.
        }

        if (!TryTime(parts[i + 3], out var time))
        {
            return null;
        }

        var offset = TimeSpan.Zero;
        if (parts.Length - i > 4 && ZoneOffset(parts[i + 4]) is { } zone)
        {
            offset = zone;
        }
        else if (parts.Length - i > 4)
        {
            return null;
        }

        if (year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateTimeOffset(year, month, day, 0, 0, 0, offset).Add(time);
    }

    private static int? MonthOf(string token)
    {
        if (token.Length < 3 || !token.All(char.IsLetter))
        {
            return null;
        }

        var index = Array.IndexOf(Months, token[..3].ToLowerInvariant());
        return index < 0 ? null : index + 1;
    }

    private static bool TryTime(string token, out TimeSpan time)
    {
        time = default;
        var pieces = token.Split(':');
        if (pieces.Length is not (2 or 3) || !pieces.All(p => p.Length is 1 or 2 && p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var hours = int.Parse(pieces[0], System.Globalization.CultureInfo.InvariantCulture);
        var minutes = int.Parse(pieces[1], System.Globalization.CultureInfo.InvariantCulture);
        var seconds = pieces.Length == 3 ? int.Parse(pieces[2], System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (hours > 23 || minutes > 59 || seconds > 60)
        {
            return false;
        }

        // A leap second is folded into the next minute's start rather than refused.
        time = new TimeSpan(hours, minutes, Math.Min(seconds, 59));
        return true;
    }

    private static TimeSpan? ZoneOffset(string zone)
    {
        if (zone[0] is '+' or '-')
        {
            var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
            if (digits.Length != 4 || !digits.All(char.IsAsciiDigit))
            {
                return null;
            }

            var hours = (digits[0] - '0') * 10 + digits[1] - '0';
            var minutes = (digits[2] - '0') * 10 + digits[3] - '0';
            if (hours > 14 || minutes > 59)
            {
                return null;
            }

            var span = new TimeSpan(hours, minutes, 0);
            return zone[0] == '-' ? -span : span;
        }

        return zone.ToUpperInvariant() switch
        {
            "UT" or "UTC" or "GMT" or "Z" => TimeSpan.Zero,
            "EDT" => TimeSpan.FromHours(-4),
            "EST" or "CDT" => TimeSpan.FromHours(-5),
            "CST" or "MDT" => TimeSpan.FromHours(-6),
            "MST" or "PDT" => TimeSpan.FromHours(-7),
            "PST" => TimeSpan.FromHours(-8),
            // RFC 822 defined the military letters with the wrong sign; RFC 2822 says to read them as -0000.
            [var letter] when char.IsAsciiLetter(letter) && char.ToUpperInvariant(letter) != 'J' => TimeSpan.Zero,
            _ => null,
        };
    }
}
