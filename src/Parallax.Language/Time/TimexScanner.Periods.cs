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
        if (YearAt(next) is { } y1)
        {
            year = y1;
            next++;
        }
        else if (Is(next, "of") && YearAt(next + 1) is { } y2)
        {
            year = y2;
            next += 2;
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
    /// ("latest", "current", "same", "comparable", "fiscal", "year-earlier") it is a period even when its value is
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
        if (Word(k) is "latest" or "current" or "same" or "comparable" or "fiscal")
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

        var value = lastQuarter;
        if (value is not null && modifier == "year-earlier")
        {
            value = TimexValues.Year(int.Parse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture) - 1) + value[4..];
        }

        return new TimexMatch(i, k + 1, TimexType.Date, value);
    }

    /// <summary>"the first quarter of 2026" 2026-Q1, "Q3 2025" 2025-Q3, "the second half of 2024" 2024-H2.</summary>
    private TimexMatch? Quarter(int i)
    {
        int part;
        string code;
        int next;
        if (Word(i) == "q" && Joined(i) && IntegerAt(i + 1) is { } q && q is >= 1 and <= 4)
        {
            (part, code, next) = (q, "Q", i + 2);
        }
        else if (Word(i) is { } ordinal && (IsHyphenLink(i + 1) ? i + 2 : i + 1) is var noun && Word(noun) is "quarter" or "half")
        {
            var isQuarter = tokens[noun].Lower == "quarter";
            part = ordinal switch { "first" => 1, "second" => 2, "third" when isQuarter => 3, "fourth" when isQuarter => 4, _ => 0 };
            (code, next) = (isQuarter ? "Q" : "H", noun + 1);
            if (part == 0)
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        int? year = null;
        if (YearAt(next) is { } y1)
        {
            year = y1;
            next++;
        }
        else if (Is(next, "of") && YearAt(next + 1) is { } y2)
        {
            year = y2;
            next += 2;
        }
        else if (code == "Q" && Word(i) != "q" && !Is(i - 1, "the") && next == i + 2)
        {
            return null;
        }

        var value = (year ?? dct?.Year) is { } resolved ? $"{TimexValues.Year(resolved)}-{code}{part}" : $"XXXX-{code}{part}";
        // TimeML keeps the article of "the third quarter" in the expression, not of a hyphenated modifier ("the
        // third-quarter loss"), where it belongs to the noun.
        var adjective = code == "Q" && IsHyphenLink(i + 1);
        return new TimexMatch(Is(i - 1, "the") && !adjective ? i - 1 : i, next, TimexType.Date, value);
    }
}
