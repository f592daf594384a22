using System.Globalization;

namespace Parallax.Comparison.Timeline;

/// <summary>Which TIMEX3 values date a timeline entry, at what granularity, and how they sort.</summary>
internal static class TimelineDate
{
    /// <summary>
    /// The calendar part of a DATE or TIME value (<c>2025-09-09TNI</c> → <c>2025-09-09</c>), kept at its own
    /// granularity (<c>2025</c>, <c>2025-07</c>, <c>2025-W37</c>, <c>2025-SU</c>, <c>XXXX-06-02</c>); null for values
    /// that are not a calendar position (<c>PAST_REF</c>, decades, fully unknown dates).
    /// </summary>
    public static string? Truncate(string? value)
    {
        if (value is null || value.Length < 4 || !(IsYear(value) || value.StartsWith("XXXX", StringComparison.Ordinal)))
        {
            return null;
        }

        var t = value.IndexOf('T', StringComparison.Ordinal);
        var date = t >= 0 ? value[..t] : value;
        if (date.Length > 4 && date[4] != '-')
        {
            return null;
        }

        if (date.StartsWith("XXXX", StringComparison.Ordinal) && (date.Length < 7 || !char.IsAsciiDigit(date[5])))
        {
            return null;
        }

        return date;
    }

    /// <summary>
    /// Chronological order: known years first, by year, then by the period's approximate start day within the year,
    /// then coarser before finer (<c>2025</c> before <c>2025-01</c>), then ordinal.
    /// </summary>
    public static int Compare(string left, string right)
    {
        var l = Key(left);
        var r = Key(right);
        var c = l.Year.CompareTo(r.Year);
        if (c == 0)
        {
            c = l.Day.CompareTo(r.Day);
        }

        if (c == 0)
        {
            c = left.Length.CompareTo(right.Length);
        }

        return c != 0 ? c : string.CompareOrdinal(left, right);
    }

    private static (int Year, int Day) Key(string date)
    {
        var year = IsYear(date) ? int.Parse(date.AsSpan(0, 4), CultureInfo.InvariantCulture) : int.MaxValue;
        if (date.Length < 7)
        {
            return (year, 0);
        }

        var rest = date.AsSpan(5);
        if (rest[0] == 'W' && rest.Length >= 3 && int.TryParse(rest.Slice(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week))
        {
            return (year, (week - 1) * 7);
        }

        var season = rest switch
        {
            "SP" => 59,
            "SU" => 151,
            "FA" => 243,
            "WI" => 334,
            "Q1" or "H1" => 0,
            "Q2" => 90,
            "Q3" or "H2" => 181,
            "Q4" => 273,
            _ => -1,
        };
        if (season >= 0)
        {
            return (year, season);
        }

        var month = int.TryParse(rest[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
        var day = rest.Length >= 5 && int.TryParse(rest.Slice(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 0;
        return (year, ((month - 1) * 31) + day);
    }

    private static bool IsYear(string value) =>
        value.Length >= 4 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) && char.IsAsciiDigit(value[2])
        && char.IsAsciiDigit(value[3]);
}
