using System.Globalization;

namespace Parallax.Language.Time;

/// <summary>TIMEX3 value formatting and calendar arithmetic.</summary>
internal static class TimexValues
{
    public const string PastRef = "PAST_REF";
    public const string PresentRef = "PRESENT_REF";
    public const string FutureRef = "FUTURE_REF";

    // How far after the reference date a month or day named in a past-tense sentence may lie and still be read in
    // the reference year: a date set in a past report ("the deadline was moved to March 3", "entries were due by
    // Dec. 15") is close ahead, while one gone by is most of a year back. Chosen on TBAQ's TimeBank half (value F1
    // with 0 / 14 / 31 / 61 / 92 / 183 days: 0.778 / 0.781 / 0.783 / 0.783 / 0.783 / 0.783, 61 the shortest with
    // the best precision), and checked on the AQUAINT half (0.744 → 0.751); docs/time-eval.md.
    private const int PastLookAheadDays = 61;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{Year(year)}-{month:00}");

    public static string MonthDay(int? year, int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{(year is { } y ? Year(y) : "XXXX")}-{month:00}-{day:00}");

    public static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    public static string Week(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt):0000}-W{ISOWeek.GetWeekOfYear(dt):00}");
    }

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A duration value such as <c>P3Y6M</c>, <c>PT2H</c>, <c>PXM</c> (NaN quantity: unspecified).</summary>
    public static string Duration(double quantity, TimeUnit unit)
    {
        if (unit is TimeUnit.Decade or TimeUnit.Century)
        {
            // TimeBank writes decades and centuries in years (P10Y, P100Y); vague ones as PXY.
            var years = unit == TimeUnit.Decade ? 10 : 100;
            return double.IsNaN(quantity) ? "PXY" : $"P{Number(quantity * years)}Y";
        }

        if (quantity != Math.Floor(quantity) && Fraction(quantity, unit) is { } mixed)
        {
            return mixed;
        }

        var amount = double.IsNaN(quantity) ? "X" : Number(quantity);
        return unit switch
        {
            TimeUnit.Second => $"PT{amount}S",
            TimeUnit.Minute => $"PT{amount}M",
            TimeUnit.Hour => $"PT{amount}H",
            TimeUnit.Day => $"P{amount}D",
            TimeUnit.Week => $"P{amount}W",
            TimeUnit.Month => $"P{amount}M",
            _ => $"P{amount}Y",
        };
    }

    /// <summary>
    /// A part of a unit written in the next smaller one when it comes out whole, as TimeBank writes them: five and a half
    /// years P5Y6M, two hours and a half PT2H30M, a day and a half P1DT12H; null otherwise (the decimal stays).
    /// </summary>
    private static string? Fraction(double quantity, TimeUnit unit)
    {
        var perUnit = unit switch { TimeUnit.Year => 12, TimeUnit.Day => 24, TimeUnit.Hour or TimeUnit.Minute => 60, _ => 0 };
        var whole = Math.Floor(quantity);
        var part = (quantity - whole) * perUnit;
        if (perUnit == 0 || part != Math.Floor(part))
        {
            return null;
        }

        string Whole(string code) => whole > 0 ? Number(whole) + code : "";
        return unit switch
        {
            TimeUnit.Year => $"P{Whole("Y")}{Number(part)}M",
            TimeUnit.Day => $"P{Whole("D")}T{Number(part)}H",
            TimeUnit.Hour => $"PT{Whole("H")}{Number(part)}M",
            _ => $"PT{Whole("M")}{Number(part)}S",
        };
    }

    /// <summary>The value of the period of <paramref name="unit"/> that contains <paramref name="date"/>.</summary>
    public static string? Period(DateOnly date, TimeUnit unit) => unit switch
    {
        TimeUnit.Day => Date(date),
        TimeUnit.Week => Week(date),
        TimeUnit.Month => Month(date.Year, date.Month),
        TimeUnit.Year => Year(date.Year),
        TimeUnit.Decade => (date.Year / 10).ToString("000", CultureInfo.InvariantCulture),
        TimeUnit.Century => (date.Year / 100).ToString("00", CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>Moves <paramref name="date"/> by <paramref name="count"/> units (negative: back).</summary>
    public static DateOnly Shift(DateOnly date, TimeUnit unit, int count) => unit switch
    {
        TimeUnit.Day => date.AddDays(count),
        TimeUnit.Week => date.AddDays(7 * count),
        TimeUnit.Month => date.AddMonths(count),
        TimeUnit.Year => date.AddYears(count),
        TimeUnit.Decade => date.AddYears(10 * count),
        TimeUnit.Century => date.AddYears(100 * count),
        _ => date,
    };

    /// <summary>
    /// The date of the weekday nearest <paramref name="reference"/> in the given direction: the reference itself
    /// when it falls on that weekday, unless <paramref name="strict"/> ("last Friday", "next Friday").
    /// </summary>
    public static DateOnly Weekday(DateOnly reference, int isoDay, bool future, bool strict)
    {
        var current = reference.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)reference.DayOfWeek;
        var delta = isoDay - current;
        if (future)
        {
            if (delta < 0 || (delta == 0 && strict))
            {
                delta += 7;
            }
        }
        else if (delta > 0 || (delta == 0 && strict))
        {
            delta -= 7;
        }

        return reference.AddDays(delta);
    }

    /// <summary>The year that puts the month (and day; 0 for the whole month) nearest the reference date.</summary>
    private static int NearestYear(DateOnly reference, int month, int day)
    {
        var best = reference.Year;
        var bestDistance = int.MaxValue;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            var start = new DateOnly(year, month, day == 0 ? 1 : Math.Min(day, DateTime.DaysInMonth(year, month)));
            var end = day == 0 ? start.AddMonths(1).AddDays(-1) : start;
            var distance = reference < start ? start.DayNumber - reference.DayNumber
                : reference > end ? reference.DayNumber - end.DayNumber
                : 0;
            if (distance < bestDistance)
            {
                (best, bestDistance) = (year, distance);
            }
        }

        return best;
    }

    /// <summary>
    /// The year of a month (and day) named without one: the reference year, moved back when a past-tense context puts
    /// it more than <see cref="PastLookAheadDays"/> after the reference date, forward when a future context puts it
    /// before, and the nearest year otherwise.
    /// </summary>
    public static int YearFor(DateOnly reference, int month, int day, Tense tense)
    {
        var candidate = (month * 100) + day;
        var current = (reference.Month * 100) + (day == 0 ? 0 : reference.Day);
        var ahead = new DateOnly(reference.Year, month, day == 0 ? 1 : Math.Min(day, DateTime.DaysInMonth(reference.Year, month))).DayNumber - reference.DayNumber;
        return tense switch
        {
            Tense.Past when ahead > 0 && ahead <= PastLookAheadDays => reference.Year,
            Tense.Past => candidate > current ? reference.Year - 1 : reference.Year,
            Tense.Future => candidate < current ? reference.Year + 1 : reference.Year,
            _ => NearestYear(reference, month, day),
        };
    }
}
