using System.Globalization;
using Parallax.Core.Annotations;

namespace Parallax.Language.Time;

/// <summary>Durations ("three years", "a three-and-a-half-year war", "for months"), "N units ago", ordinal periods and sets.</summary>
internal sealed partial class TimexScanner
{
    /// <summary>
    /// "three years" P3Y, "three-and-a-half-year" P3Y6M, "more than three years" P3Y MORE_THAN, "months" PXM,
    /// "the first week" P1W, "the past year" (the year before), "two days ago" (a date).
    /// </summary>
    private TimexMatch? Duration(int i)
    {
        var k = i;
        var quantityMod = QuantityModifier(k);
        var span = false;
        if (quantityMod is { } qm)
        {
            k = qm.Next;
        }
        else if (Is(k, "the") && Word(k + 1) is "past" or "last" or "next" or "coming" or "first" or "previous" or "following")
        {
            span = true;
            k += 2;
        }
        else if (Is(k, "the") && NumberAt(k + 1) is { } counted && !double.IsNaN(counted.Value))
        {
            // "the nine months (to June)": a counted period named as a whole.
            k++;
        }

        var number = NumberAt(k);
        if (number is { } n && span && double.IsNaN(n.Value) && Word(k) is not ("few" or "several"))
        {
            // "the next few days" is a vague duration (PXD); "the past many years" is not a phrase.
            return null;
        }

        var quantity = number?.Value ?? double.NaN;
        var unitAt = number?.End ?? k;
        if (number is not null && Word(unitAt) is "trading" or "business" or "working" or "calendar" && Word(unitAt + 1) is "days" or "day")
        {
            // "five business days": a count of days of a kind is still a count of days (P5D).
            unitAt++;
        }

        if (number is not null && IsHyphenLink(unitAt))
        {
            unitAt++;
        }

        if (Word(unitAt) is not { } unitWord || !TimeLexicon.TryUnit(unitWord, out var unit, out var plural))
        {
            return null;
        }

        if (unit == TimeUnit.Second && !plural && number is { } ordinalUse && !IsHyphenLink(ordinalUse.End))
        {
            // "a second term", "the 2023 second quarter": the ordinal, not a count of seconds.
            return null;
        }

        if (number is null && span && !plural && unit >= TimeUnit.Week && unit <= TimeUnit.Year
            && Word(i + 1) is "past" or "last" or "next" or "coming" or "previous" or "following")
        {
            // "the past year", "the next month": TimeBank reads the calendar period before or after the creation
            // time (DATE 1997 in a 1998 text), not a one-year stretch.
            var shift = Word(i + 1) is "next" or "coming" or "following" ? 1 : -1;
            var date = dct is { } reference ? TimexValues.Period(TimexValues.Shift(reference, unit, shift), unit) : null;
            return new TimexMatch(i, unitAt + 1, TimexType.Date, date);
        }

        if (number is null && span && !plural)
        {
            // "the first week": one unit; "the coming years" stays unspecified.
            quantity = 1;
        }
        else if (number is null && !span)
        {
            // A bare unit is a duration only in the plural ("for months"), and not after a word that makes it
            // referential ("those days") or part of a longer phrase handled elsewhere.
            if (!plural || quantityMod is not null || Word(i - 1) is "those" or "these" or "recent" or "coming" or "upcoming")
            {
                return null;
            }
        }

        var end = unitAt + 1;
        if (!plural && quantity == 1 && Word(end) == "and" && Word(end + 1) is "a" or "an" && Word(end + 2) == "half")
        {
            // "a day and a half", "an hour and a half".
            quantity = 1.5;
            end += 3;
        }

        if ((IsHyphenLink(end) && Word(end + 1) == "old") || (Word(end) == "old" && number is not null))
        {
            // An age ("a 6-year-old boy", "44 years old"), not a duration of the story.
            return null;
        }

        if (Is(end, "ago") && !span)
        {
            return new TimexMatch(i, end + 1, TimexType.Date, PeriodBefore(quantity, unit, ago: true) ?? AgoValue(quantity, unit), quantityMod?.Mod);
        }

        if (Word(end) == "earlier" && !span && quantityMod is null && number is not null)
        {
            // "a year earlier": a date relative to an event, not to the creation time; resolved only as the same
            // period years before one named earlier in the sentence.
            return new TimexMatch(i, end + 1, TimexType.Date, PeriodBefore(quantity, unit, ago: false) ?? DateBefore(quantity, unit));
        }

        // "three days later": TimeML marks the stretch, "three days", as a DURATION anchored to the event before it
        // (beginPoint); "later" is a signal outside the expression, and the duration below is what is left.

        // TimeBank's annotation keeps the article: "the past three years", "the first eleven months"; not of a
        // hyphenated modifier ("the three-year war"), where it belongs to the noun.
        var first = Is(i, "the") && number is not null && IsHyphenLink(number.Value.End) ? i + 1 : i;
        return new TimexMatch(first, end, TimexType.Duration, TimexValues.Duration(quantity, unit), quantityMod?.Mod);
    }

    /// <summary>
    /// "Profit rose in the third quarter from a year ago/earlier": when whole years are counted back and a quarter,
    /// half or month was named in the last sentences, the expression means that period so many years before
    /// (2024-Q3 → 2023-Q3), as news compares like with like. "A year earlier" with no such period nearby compares with
    /// the last quarter named that has ended (an earnings report's quarter); otherwise null.
    /// </summary>
    private string? PeriodBefore(double quantity, TimeUnit unit, bool ago)
    {
        // Without a period named nearby, "a year earlier" in an earnings report compares with the quarter reported on
        // ("ago" still counts from the creation time then).
        var reportQuarter = ago ? null : lastEndedQuarter;
        if (unit != TimeUnit.Year || quantity is not (>= 1 and <= 10) || quantity != Math.Floor(quantity)
            || (sentenceAnchor ?? reportQuarter) is not { } anchor || anchor.Length != 7 || !int.TryParse(anchor.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || anchor[4] != '-' || !(anchor[5] is 'Q' or 'H' || char.IsAsciiDigit(anchor[5])) || !char.IsAsciiDigit(anchor[6]))
        {
            return null;
        }

        return TimexValues.Year(year - (int)quantity) + anchor[4..];
    }

    /// <summary>
    /// "Sales in 2024 … a year earlier", "on March 3, 2025 … a year earlier": whole years counted back from a year or
    /// a day named in the last sentences give that year or day so many years before; "earlier" counts back from the
    /// time the text is talking about, not from the creation time ("ago" does that).
    /// </summary>
    private string? DateBefore(double quantity, TimeUnit unit)
    {
        if (unit != TimeUnit.Year || quantity is not (>= 1 and <= 10) || quantity != Math.Floor(quantity) || sentenceAnchor is not { } anchor)
        {
            return null;
        }

        if (anchor.Length == 4 && int.TryParse(anchor, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year > 10)
        {
            return TimexValues.Year(year - (int)quantity);
        }

        return anchor.Length == 10 && DateOnly.TryParseExact(anchor, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year > 10
            ? TimexValues.Date(day.AddYears(-(int)quantity))
            : null;
    }

    private string? AgoValue(double quantity, TimeUnit unit)
    {
        if (double.IsNaN(quantity) || quantity != Math.Floor(quantity) || unit < TimeUnit.Day)
        {
            return double.IsNaN(quantity) ? TimexValues.PastRef : null;
        }

        if (quantity > 1000 || (dct is { } r && r.Year - (quantity * UnitYears(unit)) < 2))
        {
            // Beyond the calendar: say no more than that it lies in the past.
            return TimexValues.PastRef;
        }

        if (dct is not { } reference)
        {
            return null;
        }

        // "a decade ago" names a year, not the decade it falls in.
        var granularity = unit is TimeUnit.Decade or TimeUnit.Century ? TimeUnit.Year : unit;
        return TimexValues.Period(TimexValues.Shift(reference, unit, -(int)quantity), granularity);
    }

    private static double UnitYears(TimeUnit unit) => unit switch
    {
        TimeUnit.Century => 100,
        TimeUnit.Decade => 10,
        TimeUnit.Year => 1,
        _ => 0.1,
    };

    /// <summary>"its third year", "the second week": one unit-long period (TimeML annotates it as a DURATION P1Y).</summary>
    private TimexMatch? OrdinalPeriod(int i)
    {
        var next = i + 1;
        int ordinal;
        if (Word(i) is { } word && TimeLexicon.TryOrdinal(word, out var spelled))
        {
            ordinal = spelled;
        }
        else if (IntegerAt(i) is { } digits && Joined(i) && Word(i + 1) is "st" or "nd" or "rd" or "th")
        {
            (ordinal, next) = (digits, i + 2);
        }
        else
        {
            return null;
        }

        if (Word(next) is not { } unitWord || !TimeLexicon.TryUnit(unitWord, out var unit, out var plural) || plural)
        {
            return null;
        }

        var first = i;
        if (IsHyphenLink(i - 1) && Word(i - 2) is { } tens && TimeLexicon.TryCardinal(tens, out var tensValue) && tensValue >= 20)
        {
            // "twenty-first"
            (ordinal, first) = (ordinal + tensValue, i - 2);
        }

        if (unit == TimeUnit.Century && ordinal is >= 1 and <= 21)
        {
            // "the 20th century" is a calendar period, written as its two leading digits (TimeML: "19"), the article
            // included as for other periods named as a whole.
            var value = (ordinal - 1).ToString("00", CultureInfo.InvariantCulture);
            return new TimexMatch(Is(first - 1, "the") ? first - 1 : first, next + 1, TimexType.Date, value);
        }

        return new TimexMatch(first, next + 1, TimexType.Duration, TimexValues.Duration(1, unit));
    }

    /// <summary>"every week" P1W, "every other month" P2M, "every Friday" XXXX-WXX-5, "weekly", "twice a year".</summary>
    private TimexMatch? Set(int i)
    {
        var word = Word(i);
        if (word is null)
        {
            return null;
        }

        if (TimeLexicon.TryFrequency(word, out var frequency))
        {
            return new TimexMatch(i, i + 1, TimexType.Set, frequency);
        }

        if (word is "every" or "each")
        {
            var k = i + 1;
            var quantity = 1.0;
            if (Word(k) == "other")
            {
                quantity = 2;
                k++;
            }
            else if (NumberAt(k) is { } n && !double.IsNaN(n.Value))
            {
                quantity = n.Value;
                k = n.End;
            }

            if (Word(k) is not { } target)
            {
                return null;
            }

            if (TimeLexicon.TryUnit(target, out var unit, out _))
            {
                return new TimexMatch(i, k + 1, TimexType.Set, TimexValues.Duration(quantity, unit));
            }

            if (quantity == 1 && TimeLexicon.IsFullWeekdayName(target) && TimeLexicon.TryWeekday(target, out var isoDay))
            {
                return new TimexMatch(i, k + 1, TimexType.Set, $"XXXX-WXX-{isoDay}");
            }

            if (quantity == 1 && TimeLexicon.TryPartOfDay(target, out var part))
            {
                return new TimexMatch(i, k + 1, TimexType.Set, $"XXXX-XX-XXT{part}");
            }

            return quantity == 1 && MonthAt(k) is { Abbreviated: false } named
                ? new TimexMatch(i, named.End, TimexType.Set, $"XXXX-{named.Month:00}")
                : null;
        }

        var times = word switch { "once" => 1, "twice" => 2, _ => 0 };
        var after = i + 1;
        if (times == 0 && NumberAt(i) is { } count && !double.IsNaN(count.Value) && Word(count.End) == "times")
        {
            times = 1;
            after = count.End + 1;
        }

        if (times > 0 && Word(after) is "a" or "an" or "per" or "every" or "each" && Word(after + 1) is { } perUnit
            && TimeLexicon.TryUnit(perUnit, out var per, out var perPlural) && !perPlural)
        {
            return new TimexMatch(i, after + 2, TimexType.Set, TimexValues.Duration(1, per));
        }

        return null;
    }

    private (string Mod, int Next)? QuantityModifier(int i)
    {
        var mod = (Word(i), Word(i + 1)) switch
        {
            ("more" or "longer", "than") => "MORE_THAN",
            ("less" or "fewer" or "shorter", "than") => "LESS_THAN",
            ("at", "least") => "EQUAL_OR_MORE",
            ("at", "most") or ("up", "to") => "EQUAL_OR_LESS",
            _ => null,
        };
        if (mod is not null)
        {
            return IsNumberStart(i + 2) || Word(i + 2) is "a" or "an" or "half" ? (mod, i + 2) : null;
        }

        if (Word(i) == "no" && Word(i + 1) == "more" && Word(i + 2) == "than")
        {
            return ("EQUAL_OR_LESS", i + 3);
        }

        return Word(i) is { } single && TimeLexicon.TrySingleWordQuantityMod(single, out var singleMod)
            && (IsNumberStart(i + 1) || Word(i + 1) is "a" or "an" or "half")
            ? (singleMod, i + 1)
            : null;
    }

    /// <summary>
    /// A quantity: digits ("3.5"), number words ("twenty-five", "three-and-a-half", "two dozen"), "a"/"an" (one),
    /// "half a", "a couple of", or a vague "several"/"a few"/"many" (NaN).
    /// </summary>
    private (double Value, int End)? NumberAt(int i)
    {
        if (!Has(i))
        {
            return null;
        }

        var token = tokens[i];
        if (token.IsNumber)
        {
            if (token.Lower.Contains(':', StringComparison.Ordinal)
                || !double.TryParse(token.Lower.Replace(",", "", StringComparison.Ordinal), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                return null;
            }

            // "2 1/2 years": a whole number and a written half.
            return !token.Lower.Contains('.', StringComparison.Ordinal) && Is(i + 1, "1") && Joined(i + 1) && Is(i + 2, "/")
                && Joined(i + 2) && Is(i + 3, "2") ? (parsed + 0.5, i + 4) : (parsed, i + 1);
        }

        switch (token.Lower)
        {
            case "a" or "an" when Word(i + 1) == "dozen":
                return (12, i + 2);
            case "a" when Word(i + 1) is "hundred" or "thousand":
                // "almost a hundred days" P100D.
                return (Word(i + 1) == "hundred" ? 100 : 1000, i + 2);
            case "a" when Word(i + 1) == "couple" && Word(i + 2) == "of":
                return (2, i + 3);
            case "couple" when Word(i + 1) == "of" && Word(i - 1) is "the" or "next" or "past" or "last" or "coming" or "first":
                return (2, i + 2);
            case "a" when Word(i + 1) == "few":
                return (double.NaN, i + 2);
            case "a" or "an":
                return (1, i + 1);
            case "half" when Word(i + 1) is "a" or "an":
                return (0.5, i + 2);
            case "several" or "few" or "many":
                return (double.NaN, i + 1);
        }

        if (!TimeLexicon.TryCardinal(token.Lower, out var value))
        {
            return null;
        }

        double total = value;
        var next = i + 1;
        if (value >= 20 && value % 10 == 0 && Word(SkipHyphen(next)) is { } ones
            && TimeLexicon.TryCardinal(ones, out var onesValue) && onesValue is >= 1 and <= 9)
        {
            // "twenty-four" and, as transcripts write it, "twenty four".
            total += onesValue;
            next = SkipHyphen(next) + 1;
        }

        var j = SkipHyphen(next);
        if (Word(j) == "and")
        {
            j = SkipHyphen(j + 1);
            if (Word(j) == "a")
            {
                j = SkipHyphen(j + 1);
                if (Word(j) == "half")
                {
                    total += 0.5;
                    next = j + 1;
                }
            }
        }

        if (Word(next) == "dozen")
        {
            total *= 12;
            next++;
        }
        else if (Word(next) is "hundred" or "thousand")
        {
            total *= Word(next) == "hundred" ? 100 : 1000;
            next++;
        }

        return (total, next);
    }

    private int SkipHyphen(int i) => IsHyphenLink(i) ? i + 1 : i;
}
