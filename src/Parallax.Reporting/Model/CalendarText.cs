using System.Globalization;

namespace Parallax.Reporting.Model;

/// <summary>
/// A timeline's TIMEX3 calendar value as a reader writes it: <c>2025-09-09</c> "9 September 2025", <c>XXXX-07</c>
/// "July (year not given)", <c>2025-W37</c> "week 37 of 2025", <c>2025-SU</c> "summer 2025". The value itself stays
/// in the JSON report and in the HTML's <c>datetime</c>/<c>title</c>; a reader should not have to know TimeML to read
/// the Markdown or HTML one.
/// </summary>
internal static class CalendarText
{
    private static readonly string[] Seasons = ["SP", "SU", "FA", "WI"];
    private static readonly string[] SeasonNames = ["spring", "summer", "autumn", "winter"];

    /// <summary>The value in words, or the value unchanged when it is not a calendar position this knows.</summary>
    public static string Readable(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = value.Split('-');
        var year = parts[0];
        var known = year.Length == 4 && year.All(char.IsAsciiDigit);
        if (!known && year != "XXXX")
        {
            return value;
        }

        var inYear = known ? " " + year : " (year not given)";
        if (parts.Length == 1)
        {
            return known ? year : value;
        }

        var period = parts[1];
        if (parts.Length == 2 && Month(period) is { } month)
        {
            return month + inYear;
        }

        if (parts.Length == 3 && Month(period) is { } monthOfDay && Number(parts[2], 1, 31) is { } day)
        {
            return day.ToString(CultureInfo.InvariantCulture) + " " + monthOfDay + inYear;
        }

        if (parts.Length == 2 && known)
        {
            if (period.Length == 3 && period[0] == 'W' && Number(period[1..], 1, 53) is { } week)
            {
                return "week " + week.ToString(CultureInfo.InvariantCulture) + " of " + year;
            }

            if (period.Length == 2 && period[0] == 'Q' && Number(period[1..], 1, 4) is { } quarter)
            {
                return "Q" + quarter.ToString(CultureInfo.InvariantCulture) + " " + year;
            }

            if (period is "H1" or "H2")
            {
                return (period == "H1" ? "first" : "second") + " half of " + year;
            }

            var season = Array.IndexOf(Seasons, period);
            if (season >= 0)
            {
                return SeasonNames[season] + " " + year;
            }
        }

        return value;
    }

    private static string? Month(string text) =>
        Number(text, 1, 12) is { } month ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month) : null;

    private static int? Number(string text, int min, int max) =>
        text.Length is > 0 and <= 2 && text.All(char.IsAsciiDigit) && int.Parse(text, CultureInfo.InvariantCulture) is var n && n >= min && n <= max ? n : null;
}
