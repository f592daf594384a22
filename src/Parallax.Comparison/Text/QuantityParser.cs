using System.Collections.Immutable;
using System.Globalization;

namespace Parallax.Comparison.Text;

/// <summary>
/// Finds numbers in a sentence's words and normalises them: digits ("40,000", "3.5", "20%"), number words
/// ("twenty-one", "two dozen", "three-and-a-half"), ordinals ("third", "4th"), multiplicatives ("twice",
/// "three times"), vague plurals ("tens of thousands") and the modifiers that turn a value into a range
/// ("more than", "about", "nearly"). Day numbers next to a month name and designations such as "F-16" are skipped.
/// </summary>
internal static class QuantityParser
{
    private const double Approximation = 0.15;

    /// <summary>The quantities of <paramref name="words"/>, in order; <paramref name="text"/> is the document text.</summary>
    public static ImmutableArray<Quantity> Parse(IReadOnlyList<WordToken> words, string text)
    {
        var found = ImmutableArray.CreateBuilder<Quantity>();
        var i = 0;
        while (i < words.Count)
        {
            var parsed = TryParseAt(words, i);
            if (parsed is not { } p)
            {
                i++;
                continue;
            }

            if (!IsCalendarOrDesignation(words, i, p.End, p.Kind))
            {
                found.Add(Build(words, text, i, p));
            }

            i = Math.Max(p.End, i + 1);
        }

        return found.ToImmutable();
    }

    private static Quantity Build(IReadOnlyList<WordToken> words, string text, int start, Parsed p)
    {
        var (low, high) = (p.Low, p.High);
        var first = start;
        if (p.Kind is QuantityKind.Cardinal or QuantityKind.Percent or QuantityKind.Times && !p.Vague)
        {
            var (modifierWords, modifier) = ModifierBefore(words, start);
            if (modifierWords > 0)
            {
                first = start - modifierWords;
                (low, high) = Apply(modifier, p.Value);
            }
        }

        var span = Core.Text.TextSpan.FromBounds(words[first].Span.Start, words[p.End - 1].Span.End);
        return new Quantity(p.Kind, p.Value, low, high, first, p.NumberEnd, span, span.Slice(text));
    }

    private static Parsed? TryParseAt(IReadOnlyList<WordToken> words, int i)
    {
        if (ParseFraction(words, i) is { } fraction)
        {
            return fraction;
        }

        var parsed = ParseCardinalOrOther(words, i);
        if (parsed is { Kind: QuantityKind.Percent, Vague: false } percent)
        {
            // A percentage is rounded to the digits written: "6%" covers 5.5–6.5, so "6.4%" does not contradict it.
            var step = 0.5 * Math.Pow(10, -Decimals(words[i].Lower));
            return percent with { Low = percent.Value - step, High = percent.Value + step };
        }

        return parsed;
    }

    /// <summary>
    /// A share written as a fraction before "of" ("two-thirds of voters", "a quarter of the budget", "half of",
    /// "half the"), as a percentage. Fraction words are round figures: they cover
    /// <see cref="FractionTolerance"/> points either side, so "two-thirds" and "66%" agree and "half" and "66%" do not.
    /// </summary>
    private static Parsed? ParseFraction(IReadOnlyList<WordToken> words, int i)
    {
        double share;
        int end;
        var w = words[i].Lower;
        if (w == "half" && i + 1 < words.Count && words[i + 1].Lower is "of" or "the")
        {
            (share, end) = (0.5, i + 1);
        }
        else if ((w is "a" or "one" || NumberWords.Units.ContainsKey(w)) && i + 1 < words.Count
            && Denominator(words[i + 1].Lower) is { } denominator && i + 2 < words.Count && words[i + 2].Lower == "of")
        {
            var numerator = w is "a" or "one" ? 1 : NumberWords.Units[w];
            if (numerator >= denominator || (numerator > 1 && !words[i + 1].Lower.EndsWith('s')))
            {
                return null;
            }

            (share, end) = ((double)numerator / denominator, i + 2);
        }
        else
        {
            return null;
        }

        var percent = share * 100;
        return new Parsed(QuantityKind.Percent, percent, percent - FractionTolerance, percent + FractionTolerance, end, end, Vague: false);
    }

    /// <summary>Percentage points either side of a fraction word's exact value.</summary>
    private const double FractionTolerance = 3;

    private static int? Denominator(string lower) => lower switch
    {
        "third" or "thirds" => 3,
        "quarter" or "quarters" => 4,
        "fifth" or "fifths" => 5,
        "tenth" or "tenths" => 10,
        _ => null,
    };

    private static int Decimals(string digits)
    {
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : digits.Length - point - 1;
    }

    private static Parsed? ParseCardinalOrOther(IReadOnlyList<WordToken> words, int i)
    {
        var w = words[i].Lower;
        if (NumberWords.Multiplicatives.TryGetValue(w, out var times))
        {
            return Parsed.Point(QuantityKind.Times, times, i + 1, i + 1);
        }

        if (NumberWords.VaguePlurals.TryGetValue(w, out var vague))
        {
            return ParseVague(words, i, vague);
        }

        if (NumberWords.Ordinals.TryGetValue(w, out var ordinal))
        {
            return Parsed.Point(QuantityKind.Ordinal, ordinal, i + 1, i + 1);
        }

        if (words[i].IsNumeric && TryDigitOrdinal(w, out var digitOrdinal))
        {
            return Parsed.Point(QuantityKind.Ordinal, digitOrdinal, i + 1, i + 1);
        }

        var startsNumber = words[i].IsNumeric || NumberWords.Units.ContainsKey(w) || NumberWords.Tens.ContainsKey(w)
            || (w == "a" && i + 1 < words.Count && words[i + 1].Lower is "dozen" or "hundred" or "thousand" or "million" or "billion");
        return startsNumber ? ParseCardinal(words, i) : null;
    }

    private static Parsed? ParseVague(IReadOnlyList<WordToken> words, int i, (double Low, double High) range)
    {
        var end = i + 1;
        var hasOf = end < words.Count && words[end].Lower == "of";
        if (words[i].Lower is "tens" or "scores" && !hasOf)
        {
            return null;
        }

        // "tens of thousands": the second vague plural scales the first.
        if (hasOf && end + 1 < words.Count && NumberWords.VaguePlurals.TryGetValue(words[end + 1].Lower, out var scale)
            && words[end + 1].Lower is "hundreds" or "thousands" or "millions" or "billions")
        {
            range = (range.Low * scale.Low, range.High * scale.Low);
            end += 2;
        }

        return new Parsed(QuantityKind.Cardinal, range.Low, range.Low, range.High, end, end, Vague: true);
    }

    private static Parsed? ParseCardinal(IReadOnlyList<WordToken> words, int i)
    {
        double total = 0;
        double current = 0;
        var j = i;
        var any = false;
        var previous = "";
        var kind = QuantityKind.Cardinal;
        while (j < words.Count)
        {
            var word = words[j];
            var w = word.Lower;
            if (j > i && word.AfterBreak)
            {
                break;
            }

            if (word.IsNumeric)
            {
                if (any || !double.TryParse(w, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var digits))
                {
                    break;
                }

                current += digits;
            }
            else if (NumberWords.Units.TryGetValue(w, out var unit))
            {
                if (any && !(previous is "hundred" or "and" || NumberWords.Tens.ContainsKey(previous) || NumberWords.Scales.ContainsKey(previous)))
                {
                    break;
                }

                current += unit;
            }
            else if (NumberWords.Tens.TryGetValue(w, out var ten))
            {
                if (any && !(previous is "hundred" or "and" || NumberWords.Scales.ContainsKey(previous)))
                {
                    break;
                }

                current += ten;
            }
            else if (w == "hundred" && (any || previous == "a"))
            {
                current = Math.Max(current, 1) * 100;
            }
            else if (NumberWords.Scales.TryGetValue(w, out var scale) && (any || previous == "a"))
            {
                total += Math.Max(current, 1) * scale;
                current = 0;
            }
            else if (w == "dozen" && (any || previous == "a"))
            {
                current = Math.Max(current, 1) * 12;
            }
            else if (w == "a" && j == i)
            {
                previous = w;
                j++;
                continue;
            }
            else if (w == "and" && any && j + 1 < words.Count && IsNumberContinuation(words, j + 1))
            {
                previous = w;
                j++;
                continue;
            }
            else if (w == "a" && previous == "and" && j + 1 < words.Count && words[j + 1].Lower == "half")
            {
                current += 0.5;
                j += 2;
                previous = "half";
                any = true;
                continue;
            }
            else if (NumberWords.Ordinals.TryGetValue(w, out var ordinal) && word.JoinedByHyphen && NumberWords.Tens.ContainsKey(previous))
            {
                current += ordinal;
                kind = QuantityKind.Ordinal;
                j++;
                any = true;
                break;
            }
            else
            {
                break;
            }

            any = true;
            previous = w;
            j++;
        }

        if (!any)
        {
            return null;
        }

        // A dangling "and" belongs to the following text, not the number.
        var numberEnd = j;
        while (numberEnd > i && words[numberEnd - 1].Lower is "and" or "a")
        {
            numberEnd--;
        }

        var value = total + current;
        var end = numberEnd;
        if (kind == QuantityKind.Cardinal && end < words.Count)
        {
            var next = words[end].Lower;
            if (next is "%" or "percent")
            {
                kind = QuantityKind.Percent;
                end++;
            }
            else if (next == "per" && end + 1 < words.Count && words[end + 1].Lower == "cent")
            {
                kind = QuantityKind.Percent;
                end += 2;
            }
            else if (next == "times")
            {
                kind = QuantityKind.Times;
                end++;
            }
        }

        if (kind == QuantityKind.Cardinal && numberEnd == i + 1 && words[i].IsNumeric && words[i].Span.Length == 4
            && value is >= 1000 and <= 2100 && value == Math.Floor(value))
        {
            kind = QuantityKind.Year;
        }

        return Parsed.Point(kind, value, numberEnd, end);
    }

    private static bool IsNumberContinuation(IReadOnlyList<WordToken> words, int j)
    {
        var w = words[j].Lower;
        return NumberWords.Units.ContainsKey(w) || NumberWords.Tens.ContainsKey(w)
            || (w == "a" && j + 1 < words.Count && words[j + 1].Lower == "half");
    }

    private static bool TryDigitOrdinal(string w, out int value)
    {
        value = 0;
        if (w.Length < 3 || !(w.EndsWith("st", StringComparison.Ordinal) || w.EndsWith("nd", StringComparison.Ordinal)
                              || w.EndsWith("rd", StringComparison.Ordinal) || w.EndsWith("th", StringComparison.Ordinal)))
        {
            return false;
        }

        return int.TryParse(w.AsSpan(0, w.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsCalendarOrDesignation(IReadOnlyList<WordToken> words, int start, int end, QuantityKind kind)
    {
        if (kind is not (QuantityKind.Cardinal or QuantityKind.Ordinal) || !words[start].IsNumeric)
        {
            return false;
        }

        var monthBefore = start > 0 && NumberWords.Months.Contains(words[start - 1].Lower) && !words[start].AfterBreak;
        var monthAfter = end < words.Count && NumberWords.Months.Contains(words[end].Lower)
            || (end + 1 < words.Count && words[end].Lower == "of" && NumberWords.Months.Contains(words[end + 1].Lower));
        var designation = words[start].JoinedByHyphen && start > 0 && !words[start - 1].IsNumeric;
        return monthBefore || monthAfter || designation;
    }

    private static (int Words, string Modifier) ModifierBefore(IReadOnlyList<WordToken> words, int start)
    {
        if (start >= 2)
        {
            var two = words[start - 2].Lower + " " + words[start - 1].Lower;
            if (two is "more than" or "at least" or "less than" or "fewer than" or "up to" or "at most" or "close to"
                or "upwards of" or "an estimated" or "as many" or "as much")
            {
                return (2, two);
            }
        }

        if (start >= 1)
        {
            var one = words[start - 1].Lower;
            if (one is "over" or "under" or "nearly" or "almost" or "about" or "around" or "approximately" or "roughly"
                or "some" or "estimated" or "exceeding")
            {
                return (1, one);
            }
        }

        return (0, "");
    }

    private static (double Low, double High) Apply(string modifier, double v) => modifier switch
    {
        "more than" or "upwards of" or "exceeding" => (Above(v), double.PositiveInfinity),

        // "over" and "under" are also prepositions ("hand over two suspects"), so they are read inclusively.
        "at least" or "over" => (v, double.PositiveInfinity),
        "less than" or "fewer than" => (double.NegativeInfinity, v),
        "up to" or "at most" or "as many" or "as much" or "under" => (double.NegativeInfinity, Above(v)),
        "nearly" or "almost" => (v * (1 - Approximation), v),
        _ => (v * (1 - Approximation), Above(v * (1 + Approximation))),
    };

    /// <summary>The smallest representable step above a value, so point values are non-empty half-open ranges.</summary>
    internal static double Above(double v) => v + Math.Max(1e-9, Math.Abs(v) * 1e-9);

    private readonly record struct Parsed(QuantityKind Kind, double Value, double Low, double High, int NumberEnd, int End, bool Vague)
    {
        public static Parsed Point(QuantityKind kind, double value, int numberEnd, int end) =>
            new(kind, value, value, Above(value), numberEnd, end, Vague: false);
    }
}
