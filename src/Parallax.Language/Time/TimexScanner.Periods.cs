using System.Globalization;
using Parallax.Core.Annotations;

namespace Parallax.Language.Time;

/// <summary>Named parts of a year: seasons, quarters and halves.</summary>
internal sealed partial class TimexScanner
{
    /// <summary>"last summer", "spring 2014", "the winter of 2022", "early autumn".</summary>
    private TimexMatch? Season(int i)
    {
        var k = i;
        var relation = Word(k) is "last" or "this" or "next" ? tokens[k].Lower : null;
        var modifier = relation is null ? PartModifier(k) : null;
        if (relation is not null)
        {
            k++;
        }
        else if (modifier is { } m)
        {
            k = m.Next;
        }

        if (Word(k) is not { } word || !TimeLexicon.TrySeason(word, out var code))
        {
            return null;
        }

        var next = k + 1;
        int? year = null;
        if (WrittenOrSpokenYearAt(next) is { } y1)
        {
            (year, next) = y1;
        }
        else if (Is(next, "of") && WrittenOrSpokenYearAt(next + 1) is { } y2)
        {
            (year, next) = y2;
        }

        var introduced = Is(k - 1, "in") || (Is(k - 1, "the") && Word(k - 2) is "in" or "during" or "since" or "until" or "by" or "through" or "over" or "from" or "this" or "that");
        if (relation is null && modifier is null && year is null && !introduced)
        {
            return null;
        }

        var value = year is { } fixedYear ? $"{TimexValues.Year(fixedYear)}-{code}" : SeasonValue(code, relation, TenseAround(i, next));
        return new TimexMatch(i, next, TimexType.Date, value, modifier?.Mod);
    }

    private string? SeasonValue(string code, string? relation, Tense tense)
    {
        if (dct is not { } reference)
        {
            return relation is null ? $"XXXX-{code}" : null;
        }

        var order = code switch { "SP" => 1, "SU" => 2, "FA" => 3, _ => 4 };
        var current = reference.Month switch { >= 3 and <= 5 => 1, >= 6 and <= 8 => 2, >= 9 and <= 11 => 3, _ => 4 };
        var seasonYear = reference.Month <= 2 ? reference.Year - 1 : reference.Year;
        var year = relation switch
        {
            "this" => tense switch
            {
                Tense.Future when order < current => seasonYear + 1,
                Tense.Past when order > current => seasonYear - 1,
                _ => seasonYear,
            },
            "last" => order < current ? seasonYear : seasonYear - 1,
            "next" => order > current ? seasonYear : seasonYear + 1,
            _ => tense switch
            {
                Tense.Past => order <= current ? seasonYear : seasonYear - 1,
                Tense.Future => order >= current ? seasonYear : seasonYear + 1,
                _ => seasonYear,
            },
        };
        return $"{TimexValues.Year(year)}-{code}";
    }

    /// <summary>
    /// A quarter referred back to, as earnings reports do: "the quarter" and "the latest quarter" are the quarter last
    /// named in the text, "the year-earlier (or year-ago) quarter/period" that quarter a year before. A bare "the
    /// quarter" is read only after a quarter has been named (else it may be a part of a town); with a modifier
    /// ("latest", "same", "comparable", "fiscal", "year-earlier") it is a period even when its value is
    /// unknown.
    /// </summary>
    private TimexMatch? QuarterReference(int i)
    {
        if (!Is(i, "the"))
        {
            return null;
        }

        var k = i + 1;
        string? modifier = null;
        if (Word(k) is "latest" or "same" or "comparable" or "fiscal")
        {
            modifier = tokens[k++].Lower;
        }
        else if (Is(k, "year") && IsHyphenLink(k + 1) && Word(k + 2) is "earlier" or "ago")
        {
            modifier = "year-earlier";
            k += 3;
        }

        var isQuarter = Is(k, "quarter") && !IsHyphenLink(k + 1);
        var isPeriod = Is(k, "period") && modifier is "latest" or "same" or "comparable" or "year-earlier";
        if (!(isQuarter || isPeriod) || (modifier is null && lastQuarter is null))
        {
            return null;
        }

        // "The latest quarter" is the last one reported on: the last quarter named that had ended by the creation
        // time ("the fourth-quarter outlook" named after it is not), else the last named if not ahead of the creation
        // time, else the one before the creation time's quarter. "The year-earlier period" is compared with the period
        // reported on, which has ended too.
        var value = modifier switch
        {
            "latest" => lastEndedQuarter ?? NotAhead(lastQuarter) ?? QuarterBefore(dct),
            "year-earlier" => lastEndedQuarter ?? lastQuarter,
            _ => lastQuarter,
        };

        if (value is not null && modifier == "year-earlier")
        {
            value = TimexValues.Year(int.Parse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture) - 1) + value[4..];
        }

        return new TimexMatch(i, k + 1, TimexType.Date, value);
    }

    /// <summary>The quarter <c>yyyy-Qn</c> as a count of quarters, or null when the value is no quarter.</summary>
    private static int? QuarterIndex(string value) =>
        value.Length == 7 && value[4..6] == "-Q" && value[6] is >= '1' and <= '4'
        && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? (year * 4) + (value[6] - '1')
            : null;

    private static int QuarterIndex(DateOnly date) => (date.Year * 4) + ((date.Month - 1) / 3);

    private static string QuarterValue(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{TimexValues.Year(index / 4)}-Q{(index % 4) + 1}");

    /// <summary><paramref name="quarter"/> unless it lies after the creation time's quarter.</summary>
    private string? NotAhead(string? quarter) =>
        quarter is not null && dct is { } d && QuarterIndex(quarter) is { } index && index <= QuarterIndex(d) ? quarter : null;

    /// <summary>The last quarter that ended before <paramref name="date"/>'s quarter began.</summary>
    private static string? QuarterBefore(DateOnly? date) => date is { } d ? QuarterValue(QuarterIndex(d) - 1) : null;

    /// <summary>
    /// A quarter or half whose year is named before it: "the 2023 third quarter", "this year's second half", "the
    /// year-earlier first quarter"; and "the 2023 quarter/period", the quarter last named in that year.
    /// </summary>
    private TimexMatch? QuarterOfNamedYear(int i)
    {
        int? year;
        int k;
        var yearWritten = false;
        if (Is(i, "the") && YearAt(i + 1) is { } named && !Joined(i + 1))
        {
            (year, k, yearWritten) = (named, i + 2, true);
        }
        else if (Word(i) is "this" or "last" or "next" && Is(i + 1, "year") && Is(i + 2, "'") && Is(i + 3, "s"))
        {
            var shift = tokens[i].Lower switch { "last" => -1, "next" => 1, _ => 0 };
            (year, k) = (dct?.Year + shift, i + 4);
        }
        else if (Is(i, "the") && Word(i + 1) == "year" && IsHyphenLink(i + 2) && Word(i + 3) is "earlier" or "ago")
        {
            year = (lastQuarter is { } last ? int.Parse(last.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture) : dct?.Year) - 1;
            k = i + 4;
        }
        else
        {
            return null;
        }

        if (PartOfYearAt(k) is { } part)
        {
            return new TimexMatch(i, part.Next, TimexType.Date, year is { } y ? $"{TimexValues.Year(y)}-{part.Code}{part.Part}" : null);
        }

        if (yearWritten && year is { } written && Word(k) is "quarter" or "period" && !IsHyphenLink(k + 1) && lastQuarter is { } quarter)
        {
            return new TimexMatch(i, k + 1, TimexType.Date, $"{TimexValues.Year(written)}{quarter[4..]}");
        }

        return null;
    }

    /// <summary>
    /// A company's year named as a whole: "the (fiscal) year ended June 14" is a year-long stretch (DURATION P1Y;
    /// TimeML marks the period by its length, its end "June 14" a date of its own); "the full year" is the creation
    /// time's year, the one a report's forecast covers.
    /// </summary>
    private TimexMatch? ReportYear(int i)
    {
        if (!Is(i, "the"))
        {
            return null;
        }

        var qualifier = Word(i + 1) is "fiscal" or "full" ? tokens[i + 1].Lower : null;
        var yearAt = qualifier is null ? i + 1 : i + 2;
        if (!Is(yearAt, "year") || IsHyphenLink(yearAt + 1) || Is(yearAt + 1, "'") || YearAt(yearAt + 1) is not null)
        {
            return null;
        }

        if (Word(yearAt + 1) is "ended" or "ending" && qualifier != "full")
        {
            return new TimexMatch(i, yearAt + 1, TimexType.Duration, "P1Y");
        }

        return qualifier == "full"
            ? new TimexMatch(i, yearAt + 1, TimexType.Date, dct is { } d ? TimexValues.Year(d.Year) : null)
            : null;
    }

    /// <summary>"third quarter", "third-quarter", "second half", "Q3" at <paramref name="i"/>.</summary>
    private (int Part, string Code, int Next)? PartOfYearAt(int i)
    {
        if (Word(i) == "q" && Joined(i) && IntegerAt(i + 1) is { } q && q is >= 1 and <= 4)
        {
            return (q, "Q", i + 2);
        }

        if (Word(i) is { } ordinal && (IsHyphenLink(i + 1) ? i + 2 : i + 1) is var noun && Word(noun) is "quarter" or "half")
        {
            var isQuarter = tokens[noun].Lower == "quarter";
            var part = ordinal switch { "first" => 1, "second" => 2, "third" when isQuarter => 3, "fourth" when isQuarter => 4, _ => 0 };
            return part == 0 ? null : (part, isQuarter ? "Q" : "H", noun + 1);
        }

        return null;
    }

    /// <summary>"the first quarter of 2026" 2026-Q1, "Q3 2025" 2025-Q3, "the second half of 2024" 2024-H2.</summary>
    private TimexMatch? Quarter(int i)
    {
        if (QuarterOfNamedYear(i) is { } withYear)
        {
            return withYear;
        }

        if (PartOfYearAt(i) is not { } found)
        {
            return null;
        }

        var (part, code, next) = found;

        int? year = null;
        if (WrittenOrSpokenYearAt(next) is { } y1)
        {
            (year, next) = y1;
        }
        else if (Is(next, "of") && WrittenOrSpokenYearAt(next + 1) is { } y2)
        {
            (year, next) = y2;
        }
        else if (code == "Q" && Word(i) != "q" && !Is(i - 1, "the") && next == i + 2)
        {
            return null;
        }

        var value = (year ?? dct?.Year) is { } resolved ? $"{TimexValues.Year(resolved)}-{code}{part}" : $"XXXX-{code}{part}";
        // TimeML keeps the article of "the second quarter" in the expression, not of a hyphenated modifier ("the
        // third-quarter loss"), where it belongs to the noun.
        var adjective = code == "Q" && IsHyphenLink(i + 1);
        return new TimexMatch(Is(i - 1, "the") && !adjective ? i - 1 : i, next, TimexType.Date, value);
    }
}
