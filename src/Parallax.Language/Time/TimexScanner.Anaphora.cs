using System.Globalization;
using Parallax.Core.Annotations;

namespace Parallax.Language.Time;

/// <summary>Periods named relative to a date the text mentioned before, not to the creation time.</summary>
internal sealed partial class TimexScanner
{
    /// <summary>
    /// "The following month", "the previous day": the period after or before that of the last date named before. The TIDES/TimeML guidelines resolve such anaphoric expressions against the reference time
    /// set by the text (TIMEX3 <c>anchorTimeID</c> points at it), not the creation time; "the next month" and "the past
    /// year" stay with the creation time, as TimeBank reads them. Null when no earlier date is fine-grained enough.
    /// </summary>
    private TimexMatch? AnaphoricPeriod(int i)
    {
        if (!Is(i, "the") || Word(i + 1) is not ("following" or "previous" or "preceding"))
        {
            return null;
        }

        var shift = tokens[i + 1].Lower == "following" ? 1 : -1;
        var unitAt = i + 2;
        if (Word(unitAt) is not { } unitWord || !TimeLexicon.TryUnit(unitWord, out var unit, out var plural) || plural
            || unit is < TimeUnit.Day or > TimeUnit.Year || IsHyphenLink(unitAt + 1) || lastDate is not { } anchor
            || AnchorPeriod(anchor, unit, shift) is not { } value)
        {
            return null;
        }

        return new TimexMatch(i, unitAt + 1, TimexType.Date, value);
    }

    /// <summary>The <paramref name="unit"/> containing the date <paramref name="anchor"/> names, moved by <paramref name="shift"/>.</summary>
    private static string? AnchorPeriod(string anchor, TimeUnit unit, int shift)
    {
        if (anchor.Length < 4 || !int.TryParse(anchor.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2 or > 9998)
        {
            return null;
        }

        if (unit == TimeUnit.Year)
        {
            return TimexValues.Year(year + shift);
        }

        if (anchor.Length >= 7 && anchor[4] == '-' && int.TryParse(anchor.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && month is >= 1 and <= 12)
        {
            var day = anchor.Length == 10 && int.TryParse(anchor.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                && d >= 1 && d <= DateTime.DaysInMonth(year, month) ? d : 0;
            if (unit == TimeUnit.Month)
            {
                var start = new DateOnly(year, month, 1).AddMonths(shift);
                return TimexValues.Month(start.Year, start.Month);
            }

            if (day > 0)
            {
                return TimexValues.Period(TimexValues.Shift(new DateOnly(year, month, day), unit, shift), unit);
            }
        }

        return null;
    }
}
