using Parallax.Core.Annotations;

namespace Parallax.Language.Time;

/// <summary>Years written as they are spoken, as broadcast transcripts write them: "nineteen seventy-four", "the year two thousand and seven".</summary>
internal sealed partial class TimexScanner
{
    /// <summary>"nineteen seventy-four" 1974; "the year two thousand (and seven)" 2007, the article and "year" included.</summary>
    private TimexMatch? SpokenYear(int i)
    {
        if (Is(i, "the") && Word(i + 1) == "year" && SpokenYearAt(i + 2, afterYearWord: true) is { } named)
        {
            return new TimexMatch(i, named.End, TimexType.Date, TimexValues.Year(named.Year));
        }

        return SpokenYearAt(i, afterYearWord: false) is { } spoken && !IsUnit(spoken.End)
            ? new TimexMatch(i, spoken.End, TimexType.Date, TimexValues.Year(spoken.Year))
            : null;
    }

    /// <summary>A written year ("1996") or a spoken one at <paramref name="i"/>, and the token after it.</summary>
    private (int Year, int End)? WrittenOrSpokenYearAt(int i) =>
        YearAt(i) is { } written ? (written, i + 1) : SpokenYearAt(i, afterYearWord: false);

    /// <summary>
    /// "nineteen" and a tens word ("nineteen sixty", "nineteen seventy-four", "nineteen eighty three"): 1920–1999. Only
    /// after "the year", "two thousand" and an optional "and" with a count below a hundred ("two thousand and seven"),
    /// which elsewhere is a count of things ("in March two thousand people marched").
    /// </summary>
    private (int Year, int End)? SpokenYearAt(int i, bool afterYearWord)
    {
        if (Word(i) == "nineteen" && TensAndOnesAt(SkipHyphen(i + 1)) is { } tail && tail.Value >= 20)
        {
            return (1900 + tail.Value, tail.End);
        }

        if (!afterYearWord || Word(i) != "two" || Word(i + 1) != "thousand")
        {
            return null;
        }

        var k = Word(i + 2) == "and" ? i + 3 : i + 2;
        return TensAndOnesAt(k) is { } rest ? (2000 + rest.Value, rest.End) : (2000, i + 2);
    }

    /// <summary>A count below a hundred in words: "six", "sixteen", "ninety", "eighty-three", "eighty three".</summary>
    private (int Value, int End)? TensAndOnesAt(int i)
    {
        if (Word(i) is not { } word || !TimeLexicon.TryCardinal(word, out var value) || value is < 1 or > 90)
        {
            return null;
        }

        if (value >= 20 && value % 10 == 0 && Word(SkipHyphen(i + 1)) is { } ones && TimeLexicon.TryCardinal(ones, out var onesValue)
            && onesValue is >= 1 and <= 9)
        {
            return (value + onesValue, SkipHyphen(i + 1) + 1);
        }

        return (value, i + 1);
    }
}
