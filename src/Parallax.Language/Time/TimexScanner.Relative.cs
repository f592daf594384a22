using System.Globalization;
using Parallax.Core.Annotations;

namespace Parallax.Language.Time;

/// <summary>Expressions anchored to the document creation time: weekdays, "today", "last month", PAST_REF and kin.</summary>
internal sealed partial class TimexScanner
{
    /// <summary>"Friday", "last Friday", "Tuesday night": the nearest such day, past unless the context is future.</summary>
    private TimexMatch? Weekday(int i)
    {
        var relation = Word(i) is "last" or "next" or "this" ? tokens[i].Lower : null;
        var k = relation is null ? i : i + 1;
        if (Word(k) is not { } word || !tokens[k].Capitalized || !TimeLexicon.IsFullWeekdayName(word)
            || !TimeLexicon.TryWeekday(word, out var isoDay))
        {
            return null;
        }

        // News style puts the day right after the subject ("the council Saturday rejected", "in Tallinn Wednesday."), so a
        // capitalised word before it only marks a surname when the pair stands alone on its line (a byline) or a
        // copula follows ("Chinomso Sunday is a writer").
        if (relation is null && FollowsNameWord(k) && (EndsLine(k) || Word(k + 1) is "is" or "was" or "has" or "had" or "who"))
        {
            return null;
        }

        var next = k + 1;
        string? part = null;
        if (Word(next) is { } following && TimeLexicon.TryPartOfDay(following, out var code))
        {
            part = code;
            next++;
        }
        else if (relation is null && !Is(k - 1, "on") && IsNameContinuation(next))
        {
            return null;
        }

        var type = part is null ? TimexType.Date : TimexType.Time;
        if (dct is not { } reference)
        {
            return new TimexMatch(i, next, type, null);
        }

        var future = relation switch
        {
            "last" => false,
            "next" => true,
            "this" => TenseAround(i, next) != Tense.Past,
            _ => TenseAround(i, next) is Tense.Future or Tense.Present,
        };
        var date = TimexValues.Weekday(reference, isoDay, future, strict: relation is "last" or "next");
        var value = TimexValues.Date(date) + (part is null ? "" : "T" + part);
        return new TimexMatch(i, next, type, value);
    }

    /// <summary>"today", "yesterday", "tomorrow", "tonight", "yesterday morning".</summary>
    private TimexMatch? DeicticDay(int i)
    {
        int? offset = Word(i) switch
        {
            "today" => 0,
            "tonight" => 0,
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => null,
        };
        if (offset is not { } days || (tokens[i].Capitalized && FollowsNameWord(i)))
        {
            return null;
        }

        var next = i + 1;
        var part = tokens[i].Lower == "tonight" ? "NI" : null;
        if (part is null && Word(next) is { } following && TimeLexicon.TryPartOfDay(following, out var code))
        {
            part = code;
            next++;
        }

        var type = part is null ? TimexType.Date : TimexType.Time;
        var value = dct is { } reference ? TimexValues.Date(reference.AddDays(days)) + (part is null ? "" : "T" + part) : null;
        return new TimexMatch(i, next, type, value);
    }

    /// <summary>"this morning", "last night", "(in) the evening", "overnight": a part of the creation day.</summary>
    private TimexMatch? PartOfDay(int i)
    {
        var word = Word(i);
        if (word == "overnight")
        {
            return new TimexMatch(i, i + 1, TimexType.Time, dct is { } r ? TimexValues.Date(r.AddDays(-1)) + "TNI" : null);
        }

        if (word is "midnight" or "noon" or "midday")
        {
            var clock = word == "midnight" ? "T24:00" : "T12:00";
            if (Weekday(i + 1) is { Type: TimexType.Date } day && SameSentence(i, i + 1))
            {
                // "noon Sunday", "midnight Saturday": that hour of that day, as for "7 a.m. Sunday".
                return new TimexMatch(i, day.End, TimexType.Time, day.Value is null ? null : day.Value + clock);
            }

            if (Word(i - 1) is "at" or "by" or "until" or "till" or "after" or "before" or "around" or "from" or "since")
            {
                return new TimexMatch(i, i + 1, TimexType.Time, dct is { } r ? TimexValues.Date(r) + clock : null);
            }
        }

        if (word == "the" && Word(i + 1) == "weekend" && Word(i - 1) is "over" or "during" or "on" or "at" or "by" or "until" or "through")
        {
            return new TimexMatch(i, i + 2, TimexType.Date, dct is { } r ? Weekend(r, TenseAround(i, i + 2)) : null);
        }

        if (word is not ("this" or "last" or "the") || Word(i + 1) is not { } part || !TimeLexicon.TryPartOfDay(part, out var code))
        {
            return null;
        }

        if (word == "the" && Word(i - 1) is not ("in" or "during" or "by" or "until" or "through" or "throughout"))
        {
            return null;
        }

        if (word == "last" && code is not ("NI" or "EV"))
        {
            return null;
        }

        var offset = word == "last" ? -1 : 0;
        var value = dct is { } reference ? TimexValues.Date(reference.AddDays(offset)) + "T" + code : null;
        return new TimexMatch(i, i + 2, TimexType.Time, value);
    }

    /// <summary>The weekend around the reference: the coming one in a future context, else the latest begun.</summary>
    private static string Weekend(DateOnly reference, Tense tense)
    {
        var future = tense is Tense.Future or Tense.Present;
        var saturday = TimexValues.Weekday(reference, 6, future, strict: false);
        if (!future && reference.DayOfWeek == DayOfWeek.Sunday)
        {
            saturday = reference.AddDays(-1);
        }

        return TimexValues.Week(saturday) + "-WE";
    }

    /// <summary>"10:30", "3 p.m.", "9am": a clock time on the creation day.</summary>
    private TimexMatch? ClockTime(int i)
    {
        if (!Has(i) || !tokens[i].IsNumber)
        {
            return null;
        }

        var text = tokens[i].Lower;
        int hour;
        var minute = 0;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            if (colon != text.Length - 3 || !int.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out hour)
                || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out minute)
                || hour > 24 || minute > 59)
            {
                return null;
            }
        }
        else if (IntegerAt(i) is { } h && h is >= 1 and <= 12)
        {
            hour = h;
        }
        else
        {
            return null;
        }

        var next = i + 1;
        var meridiem = MeridiemAt(next);
        if (meridiem is { } m)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = (hour % 12) + (m.Pm ? 12 : 0);
            next = m.End;
        }
        else if (colon < 0)
        {
            return null;
        }

        var clock = string.Create(CultureInfo.InvariantCulture, $"T{hour:00}:{minute:00}");

        // "7 a.m. Sunday", "5 a.m. PST Sunday": the clock time of that day.
        var dayAt = IsTimeZone(next) ? next + 1 : next;
        if (Weekday(dayAt) is { Type: TimexType.Date } day && SameSentence(i, dayAt))
        {
            return new TimexMatch(i, day.End, TimexType.Time, day.Value is null ? null : day.Value + clock);
        }

        return new TimexMatch(i, next, TimexType.Time, dct is { } reference ? TimexValues.Date(reference) + clock : null);
    }

    /// <summary>A time-zone abbreviation ("EDT", "GMT", "UTC"): two to four capital letters.</summary>
    private bool IsTimeZone(int i) =>
        Has(i) && tokens[i].IsWord && tokens[i].End - tokens[i].Start is >= 2 and <= 4
        && text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start).IndexOfAnyExceptInRange('A', 'Z') < 0;

    private (bool Pm, int End)? MeridiemAt(int i)
    {
        if (Word(i) is "am" or "pm")
        {
            return (tokens[i].Lower == "pm", i + 1);
        }

        if (Word(i) is "a" or "p" && Is(i + 1, ".") && Is(i + 2, "m") && Joined(i) && Joined(i + 1))
        {
            var end = Is(i + 3, ".") && Joined(i + 2) ? i + 4 : i + 3;
            return (tokens[i].Lower == "p", end);
        }

        return null;
    }

    /// <summary>"last month", "this year", "next week", "earlier this year", "late last year", "last September".</summary>
    private TimexMatch? RelativePeriod(int i)
    {
        var k = i;
        string? mod = null;
        if (Word(k) is "earlier" or "later" && Word(k + 1) is "this" or "last" or "next")
        {
            k++;
        }
        else if (PartModifier(k) is { } modifier && Word(modifier.Next) is "this" or "last" or "next")
        {
            mod = modifier.Mod;
            k = modifier.Next;
        }

        if (Word(k) is not ("this" or "last" or "next") || Is(k - 1, "the"))
        {
            return null;
        }

        var relation = tokens[k].Lower;
        var shift = relation switch { "last" => -1, "next" => 1, _ => 0 };
        if (MonthAt(k + 1) is { } named && !named.Abbreviated)
        {
            string? monthValue = null;
            if (dct is { } r)
            {
                var year = relation switch
                {
                    "last" => named.Month < r.Month ? r.Year : r.Year - 1,
                    "next" => named.Month > r.Month ? r.Year : r.Year + 1,
                    _ => r.Year,
                };
                monthValue = TimexValues.Month(year, named.Month);
            }

            return new TimexMatch(i, named.End, TimexType.Date, monthValue, mod);
        }

        var unitWord = Word(k + 1);
        if (unitWord == "quarter" && !IsHyphenLink(k + 2))
        {
            // "this quarter", "last quarter": the creation time's quarter or the one next to it, as "last month".
            return new TimexMatch(i, k + 2, TimexType.Date, dct is { } d ? QuarterValue(QuarterIndex(d) + shift) : null, mod);
        }

        if (unitWord == "weekend")
        {
            var weekend = dct is { } r ? TimexValues.Week(r.AddDays(7 * shift)) + "-WE" : null;
            return new TimexMatch(i, k + 2, TimexType.Date, weekend, mod);
        }

        if (unitWord is null || !TimeLexicon.TryUnit(unitWord, out var unit, out var plural) || plural || unit < TimeUnit.Week)
        {
            return null;
        }

        var value = dct is { } reference ? TimexValues.Period(TimexValues.Shift(reference, unit, shift), unit) : null;
        return new TimexMatch(i, k + 2, TimexType.Date, value, mod);
    }

    /// <summary>
    /// Vague references: "recently", "recent weeks", "in the past" (PAST_REF); "now", "currently", "these days"
    /// (PRESENT_REF); "soon", "in the (near) future", "the coming weeks", "the next few days" (FUTURE_REF).
    /// </summary>
    private TimexMatch? Reference(int i)
    {
        var word = Word(i);
        switch (word)
        {
            case "recently" or "lately":
                return new TimexMatch(i, i + 1, TimexType.Date, TimexValues.PastRef);
            case "now" or "currently" or "nowadays" or "current":
                return new TimexMatch(i, i + 1, TimexType.Date, TimexValues.PresentRef);
            case "the" when Word(i + 1) == "current" && CurrentPeriod(i + 2) is { } current:
                return new TimexMatch(i, current.End, TimexType.Date, current.Value);
            case "soon" when !(Is(i - 1, "as") && Is(i + 1, "as")):
                return new TimexMatch(i, i + 1, TimexType.Date, TimexValues.FutureRef);
            case "these" when Word(i + 1) is "days":
                return new TimexMatch(i, i + 2, TimexType.Date, TimexValues.PresentRef);
            case "the" when Word(i + 1) is "moment" or "present" && Is(i - 1, "at"):
                return new TimexMatch(i, i + 2, TimexType.Date, TimexValues.PresentRef);
            case "present" when Is(i - 1, "at"):
                return new TimexMatch(i, i + 1, TimexType.Date, TimexValues.PresentRef);
            case "the" when Is(i - 1, "in") && Word(i + 1) is "past" && !IsNumberStart(i + 2) && !IsUnit(i + 2) && Word(i + 2) is not ("few" or "several"):
                return new TimexMatch(i, i + 2, TimexType.Date, TimexValues.PastRef);
            case "the" when Word(i + 1) is "future" && !Is(i + 2, "of") && !(Is(i + 2, "-") && Joined(i + 1)):
                // "in/into/about the future", "the future looks bleak"; not "the future of the port", which names
                // what becomes of something.
                return new TimexMatch(i, i + 2, TimexType.Date, TimexValues.FutureRef);
            case "the" when Is(i - 1, "in") && Word(i + 1) is "near" or "distant" or "foreseeable" && Word(i + 2) is "future":
                return new TimexMatch(i, i + 3, TimexType.Date, TimexValues.FutureRef);
            case "recent" or "coming" or "upcoming" when IsPluralUnit(i + 1) || Word(i + 1) is "times":
                return new TimexMatch(i, i + 2, TimexType.Date, word == "recent" ? TimexValues.PastRef : TimexValues.FutureRef);
            case "past" or "last" or "next" or "coming" when Word(i + 1) is "few" or "several" && IsPluralUnit(i + 2):
                return new TimexMatch(i, i + 3, TimexType.Date, word is "past" or "last" ? TimexValues.PastRef : TimexValues.FutureRef);
            default:
                return null;
        }
    }

    /// <summary>
    /// The period of the creation time named by "the current [fiscal] year/month/week/quarter": a fiscal year is named
    /// by its calendar year, as TimeML values "fiscal 2024" 2024.
    /// </summary>
    private (int End, string? Value)? CurrentPeriod(int k)
    {
        var unitAt = Word(k) == "fiscal" ? k + 1 : k;
        if (Word(unitAt) == "quarter")
        {
            return (unitAt + 1, dct is { } r ? $"{TimexValues.Year(r.Year)}-Q{((r.Month - 1) / 3) + 1}" : null);
        }

        if (Word(unitAt) is not { } unitWord || !TimeLexicon.TryUnit(unitWord, out var unit, out var plural) || plural
            || unit is < TimeUnit.Week or > TimeUnit.Year)
        {
            return null;
        }

        return (unitAt + 1, dct is { } reference ? TimexValues.Period(reference, unit) : null);
    }

    private bool IsUnit(int i) => Word(i) is { } w && TimeLexicon.TryUnit(w, out _, out _);

    private bool IsPluralUnit(int i) => Word(i) is { } w && TimeLexicon.TryUnit(w, out _, out var plural) && plural;
}
