using System.Collections.Frozen;

namespace Parallax.Comparison.Text;

/// <summary>The English number vocabulary: cardinals, ordinals, multipliers, vague plurals and month names.</summary>
internal static class NumberWords
{
    public static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that multiply what precedes them and close a group ("thousand", "million").</summary>
    public static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50,
        ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Multiplicatives = new Dictionary<string, int>
    {
        ["once"] = 1, ["twice"] = 2, ["thrice"] = 3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Vague plurals with the range of values they allow: "tens" of something is 10 to 99 of it.</summary>
    public static readonly FrozenDictionary<string, (double Low, double High)> VaguePlurals =
        new Dictionary<string, (double Low, double High)>
        {
            ["tens"] = (10, 100), ["dozens"] = (24, 144), ["scores"] = (40, 200), ["hundreds"] = (100, 1000),
            ["thousands"] = (1e3, 1e4), ["millions"] = (1e6, 1e7), ["billions"] = (1e9, 1e10),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True for any number word: cardinal, ordinal, scale, multiplicative or vague plural.</summary>
    public static bool IsNumberWord(string lower) =>
        Units.ContainsKey(lower) || Tens.ContainsKey(lower) || Scales.ContainsKey(lower) || Ordinals.ContainsKey(lower)
        || Multiplicatives.ContainsKey(lower) || VaguePlurals.ContainsKey(lower) || lower is "hundred" or "dozen";

    public static readonly FrozenSet<string> Months = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.Ordinal);
}
