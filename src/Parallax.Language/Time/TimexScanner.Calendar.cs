using Parallax.Core.Annotations;

namespace Parallax.Language.Time;

/// <summary>Absolute and underspecified calendar dates: ISO dates, month names, years, decades.</summary>
internal sealed partial class TimexScanner
{
    private TimexMatch? IsoDate(int i)
    {
        if (YearAt(i) is not { } year || !Joined(i) || !IsHyphenLink(i + 1) || !IsHyphenLink(i + 3)
            || IntegerAt(i + 2) is not { } month || IntegerAt(i + 4) is not { } day
            || tokens[i + 2].Lower.Length != 2 || tokens[i + 4].Lower.Length != 2
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new TimexMatch(i, i + 5, TimexType.Date, TimexValues.Date(new DateOnly(year, month, day)));
    }

    /// <summary>"June 2", "Sept. 12, 2025", "January 2025", "mid-May", "early June", "Friday, Sept. 12".</summary>
    private TimexMatch? MonthDate(int i)
    {
        var modifier = PartModifier(i);
        var k = modifier?.Next ?? i;
        var weekdayNamed = 0;
        if (modifier is null && Word(k) is { } weekday && TimeLexicon.TryWeekday(weekday, out var isoDay) && tokens[k].Capitalized
            && Is(k + 1, ","))
        {
            weekdayNamed = isoDay;
            k += 2;
        }

        if (MonthAt(k) is not { } named)
        {
            return null;
        }

        var next = named.End;
        int? day = null;
        if (DayAt(next) is { } d)
        {
            day = d.Day;
            next = d.End;
        }

        int? year = null;
        if (WrittenOrSpokenYearAt(next) is { } y1)
        {
            (year, next) = y1;
        }
        else if ((Is(next, ",") || (day is null && Is(next, "of"))) && WrittenOrSpokenYearAt(next + 1) is { } y2)
        {
            (year, next) = y2;
        }

        if (day is null && year is null && modifier is null && !IsPlausibleBareMonth(k, named.Abbreviated))
        {
            return null;
        }

        var tense = year is null && dct is not null ? TenseAround(i, next) : Tense.Unknown;
        string? value;
        if (day is { } dayOfMonth)
        {
            if (dayOfMonth > DateTime.DaysInMonth(year ?? 2024, named.Month))
            {
                return null;
            }

            var resolvedYear = year ?? (dct is { } reference
                ? YearMatchingWeekday(reference, named.Month, dayOfMonth, weekdayNamed) ?? TimexValues.YearFor(reference, named.Month, dayOfMonth, tense)
                : null);
            value = TimexValues.MonthDay(resolvedYear, named.Month, dayOfMonth);
        }
        else
        {
            var resolvedYear = year ?? (dct is { } reference ? TimexValues.YearFor(reference, named.Month, 0, tense) : null);
            value = resolvedYear is { } ry ? TimexValues.Month(ry, named.Month) : $"XXXX-{named.Month:00}";
        }

        return new TimexMatch(i, next, TimexType.Date, value, modifier?.Mod);
    }

    /// <summary>The year next to the reference in which the date falls on the named weekday ("Thursday, Nov. 12").</summary>
    private static int? YearMatchingWeekday(DateOnly reference, int month, int day, int isoDay)
    {
        if (isoDay == 0)
        {
            return null;
        }

        foreach (var year in (ReadOnlySpan<int>)[reference.Year, reference.Year - 1, reference.Year + 1])
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day).DayOfWeek is var dow
                && (dow == DayOfWeek.Sunday ? 7 : (int)dow) == isoDay)
            {
                return year;
            }
        }

        return null;
    }

    /// <summary>"2 June 2025", "12th of September".</summary>
    private TimexMatch? DayMonthDate(int i)
    {
        if (DayAt(i) is not { } d)
        {
            return null;
        }

        var k = Is(d.End, "of") ? d.End + 1 : d.End;
        if (MonthAt(k) is not { } named || d.Day > DateTime.DaysInMonth(2024, named.Month))
        {
            return null;
        }

        var next = named.End;
        int? year = null;
        if (YearAt(next) is { } y)
        {
            year = y;
            next++;
        }

        if (year is { } fixedYear && d.Day > DateTime.DaysInMonth(fixedYear, named.Month))
        {
            return null;
        }

        var resolved = year ?? (dct is { } reference ? TimexValues.YearFor(reference, named.Month, d.Day, TenseAround(i, next)) : null);
        return new TimexMatch(i, next, TimexType.Date, TimexValues.MonthDay(resolved, named.Month, d.Day));
    }

    /// <summary>"2014", "in 2019", "late 2024", "mid-2025"; not counts ("about 2000 troops") or name parts ("Zapad-2025").</summary>
    private TimexMatch? YearDate(int i)
    {
        if (Word(i) == "fiscal" && YearAt(i + 1) is { } fiscalYear && !(Joined(i + 1) && tokens[i + 2].IsWord))
        {
            // "fiscal 2024": the fiscal year is named by its calendar year.
            return new TimexMatch(i, i + 2, TimexType.Date, TimexValues.Year(fiscalYear));
        }

        var modifier = PartModifier(i);
        var k = modifier?.Next ?? i;
        if (YearAt(k) is not { } year || (Joined(k) && (tokens[k + 1].IsWord || Is(k + 1, "%"))))
        {
            return null;
        }

        if (Has(k - 1) && tokens[k - 1].Lower is "$" or "€" or "£" or "¥" or "#" or "№")
        {
            return null;
        }

        if (Is(k - 1, "-") && Joined(k - 1) && Has(k - 2) && Joined(k - 2) && tokens[k - 2].IsWord && modifier is null)
        {
            return null;
        }

        if (modifier is null)
        {
            var previous = Word(k - 1);
            if (previous is "about" or "around" or "approximately" or "nearly" or "almost" or "some" or "roughly" or "over"
                or "under" or "than" or "least" or "only" or "just" or "another" or "additional" or "extra" or "all")
            {
                return null;
            }

            var introduced = previous is not null && TimeLexicon.IsCalendarIntroducer(previous);
            if (!introduced && Word(k + 1) is { } following && !tokens[k + 1].Capitalized && following.Length > 3
                && following.EndsWith('s') && SameSentence(k, k + 1))
            {
                return null;
            }
        }

        return new TimexMatch(i, k + 1, TimexType.Date, TimexValues.Year(year), modifier?.Mod);
    }

    /// <summary>
    /// "the 1990s" -> 199, "the early 2000s" -> 200 with START, "the nineties" -> the latest such decade up to the
    /// creation time. The article is part of a decade written in words, which needs it ("the nineties"), not of one
    /// written in digits (TimeBank keeps it there, AQUAINT does not; the held-out AQUAINT check decided).
    /// </summary>
    private TimexMatch? Decade(int i)
    {
        var modifier = PartModifier(i);
        var k = modifier?.Next ?? i;
        var first = Is(i - 1, "the") ? i - 1 : i;
        if (Word(k) is { } word && TimeLexicon.TryDecadeWord(word, out var digit))
        {
            if (!Is(k - 1, "the") && !(modifier is not null && Is(i - 1, "the")))
            {
                // "in his sixties" is an age.
                return null;
            }

            string? value = null;
            if (dct is { } reference)
            {
                var start = (reference.Year / 100 * 100) + (digit * 10);
                value = ((start > reference.Year ? start - 100 : start) / 10).ToString("000", System.Globalization.CultureInfo.InvariantCulture);
            }

            return new TimexMatch(first, k + 1, TimexType.Date, value, modifier?.Mod);
        }

        if (YearAt(k) is not { } year || year % 10 != 0 || !Joined(k))
        {
            return null;
        }

        var suffix = Is(k + 1, "'") && Joined(k + 1) ? k + 2 : k + 1;
        if (!Is(suffix, "s") || (Joined(suffix) && Has(suffix + 1) && tokens[suffix + 1].IsWord))
        {
            return null;
        }

        return new TimexMatch(i, suffix + 1, TimexType.Date, (year / 10).ToString("000", System.Globalization.CultureInfo.InvariantCulture), modifier?.Mod);
    }

    /// <summary>A month name at <paramref name="i"/>: a capitalised full name, or an abbreviation with optional full stop.</summary>
    private (int Month, int End, bool Abbreviated)? MonthAt(int i)
    {
        if (Word(i) is not { } word || !tokens[i].Capitalized)
        {
            return null;
        }

        if (TimeLexicon.TryMonth(word, out var month))
        {
            return (month, i + 1, false);
        }

        if (TimeLexicon.TryMonthAbbreviation(word, out month))
        {
            var end = Is(i + 1, ".") && Joined(i) ? i + 2 : i + 1;
            return (month, end, true);
        }

        return null;
    }

    /// <summary>
    /// Whether a month name standing alone is a month: abbreviations need a day or year; "May" and "March" (also a modal
    /// verb and a noun) need an introducing word; no month name directly after a capitalised name word ("Theresa May").
    /// </summary>
    private bool IsPlausibleBareMonth(int k, bool abbreviated)
    {
        if (abbreviated || FollowsNameWord(k) || IsNameContinuation(k + 1))
        {
            return false;
        }

        if (tokens[k].Lower is "may" or "march")
        {
            return Word(k - 1) is { } previous && SameSentence(k - 1, k) && TimeLexicon.IsCalendarIntroducer(previous);
        }

        return true;
    }

    /// <summary>"early", "mid", "mid-", "late", "the start/beginning/middle/end of" before a date.</summary>
    private (string Mod, int Next)? PartModifier(int i)
    {
        switch (Word(i))
        {
            case "early":
                return ("START", i + 1);
            case "late":
                return ("END", i + 1);
            case "mid":
                return ("MID", IsHyphenLink(i + 1) ? i + 2 : i + 1);
            case "the" when Is(i + 2, "of"):
                return Word(i + 1) switch
                {
                    "start" or "beginning" => ("START", i + 3),
                    "middle" => ("MID", i + 3),
                    "end" => ("END", i + 3),
                    _ => null,
                };
            default:
                return null;
        }
    }
}
