using System.Collections.Frozen;

namespace Parallax.Language.Time;

/// <summary>
/// Closed-class English vocabulary of time expressions: month and weekday names, units, number words, seasons,
/// parts of the day, frequency adverbs, modifiers and tense cues. General English, not chosen from any corpus.
/// </summary>
internal static class TimeLexicon
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6,
        ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> MonthAbbreviations = new Dictionary<string, int>
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // ISO day numbers: Monday = 1 … Sunday = 7.
    private static readonly FrozenDictionary<string, int> Weekdays = new Dictionary<string, int>
    {
        ["monday"] = 1, ["tuesday"] = 2, ["wednesday"] = 3, ["thursday"] = 4, ["friday"] = 5, ["saturday"] = 6, ["sunday"] = 7,
        ["mon"] = 1, ["tue"] = 2, ["tues"] = 2, ["wed"] = 3, ["thu"] = 4, ["thur"] = 4, ["thurs"] = 4, ["fri"] = 5, ["sat"] = 6, ["sun"] = 7,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (TimeUnit Unit, bool Plural)> Units = new Dictionary<string, (TimeUnit, bool)>
    {
        ["second"] = (TimeUnit.Second, false), ["seconds"] = (TimeUnit.Second, true),
        ["minute"] = (TimeUnit.Minute, false), ["minutes"] = (TimeUnit.Minute, true),
        ["hour"] = (TimeUnit.Hour, false), ["hours"] = (TimeUnit.Hour, true),
        ["day"] = (TimeUnit.Day, false), ["days"] = (TimeUnit.Day, true),
        ["week"] = (TimeUnit.Week, false), ["weeks"] = (TimeUnit.Week, true),
        ["month"] = (TimeUnit.Month, false), ["months"] = (TimeUnit.Month, true),
        ["year"] = (TimeUnit.Year, false), ["years"] = (TimeUnit.Year, true),
        ["decade"] = (TimeUnit.Decade, false), ["decades"] = (TimeUnit.Decade, true),
        ["century"] = (TimeUnit.Century, false), ["centuries"] = (TimeUnit.Century, true),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Cardinals = new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["twentieth"] = 20,
        ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50, ["hundredth"] = 100,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Decades written as words ("the nineties"): the decade's digit within its century.
    private static readonly FrozenDictionary<string, int> DecadeWords = new Dictionary<string, int>
    {
        ["twenties"] = 2, ["thirties"] = 3, ["forties"] = 4, ["fifties"] = 5, ["sixties"] = 6, ["seventies"] = 7,
        ["eighties"] = 8, ["nineties"] = 9,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Seasons = new Dictionary<string, string>
    {
        ["spring"] = "SP", ["summer"] = "SU", ["autumn"] = "FA", ["fall"] = "FA", ["winter"] = "WI",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> PartsOfDay = new Dictionary<string, string>
    {
        ["morning"] = "MO", ["afternoon"] = "AF", ["evening"] = "EV", ["night"] = "NI",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Frequencies = new Dictionary<string, string>
    {
        ["hourly"] = "PT1H", ["daily"] = "P1D", ["nightly"] = "P1D", ["weekly"] = "P1W", ["biweekly"] = "P2W",
        ["fortnightly"] = "P2W", ["monthly"] = "P1M", ["quarterly"] = "P3M", ["yearly"] = "P1Y",
        ["annually"] = "P1Y", ["annual"] = "P1Y",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // TIMEX3 mod values for quantity modifiers in front of a duration (TimeML 1.2.1, §2.2.1.4).
    private static readonly FrozenDictionary<string, string> SingleWordQuantityMods = new Dictionary<string, string>
    {
        ["over"] = "MORE_THAN", ["under"] = "LESS_THAN", ["about"] = "APPROX", ["around"] = "APPROX",
        ["approximately"] = "APPROX", ["roughly"] = "APPROX", ["some"] = "APPROX", ["nearly"] = "APPROX",
        ["almost"] = "APPROX",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
        ["mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "st", "jr", "sr", "vs", "no", "inc", "ltd", "co",
         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"], StringComparer.Ordinal);

    // Words that mark a verb group as referring to the future.
    private static readonly FrozenSet<string> FutureCues = FrozenSet.ToFrozenSet(
        ["will", "shall", "ll", "expected", "expects", "scheduled", "upcoming",
         "forthcoming", "tomorrow", "next", "due", "payable", "intends", "aims", "soon", "must", "should", "might"], StringComparer.Ordinal);

    // Irregular past forms; regular ones are recognised by their "-ed" ending.
    private static readonly FrozenSet<string> PastCues = FrozenSet.ToFrozenSet(
        ["was", "were", "had", "did", "said", "told", "met", "held", "began", "made", "took", "gave", "came", "went",
         "saw", "spoke", "wrote", "left", "fell", "rose", "won", "lost", "struck", "shot", "sent", "brought", "thought",
         "found", "led", "kept", "ran", "became", "fought", "sought", "stood", "hit", "broke", "got", "paid", "put",
         "ago", "yesterday", "last", "earlier", "overnight", "previously", "drew", "threw", "flew", "knew", "grew",
         "spent", "built", "felt", "heard", "meant", "sold", "taught", "caught", "bought", "swept", "fled", "wore"],
        StringComparer.Ordinal);

    // "-ed" words that are not past verbs.
    private static readonly FrozenSet<string> NotPastEd = FrozenSet.ToFrozenSet(
        ["need", "needed", "indeed", "speed", "feed", "seed", "red", "bed", "shed", "hundred", "united", "wed",
         "naked", "sacred", "wicked", "kindred", "breed", "proceed", "succeed", "exceed", "deed", "greed", "based",
         "armed", "related", "expected", "scheduled", "planned", "alleged", "so-called", "advanced", "detailed",
         "limited", "concerned", "interested", "ed"], StringComparer.Ordinal);

    // Words that may come right before a capitalised weekday or month without making it part of a name.
    private static readonly FrozenSet<string> CalendarIntroducers = FrozenSet.ToFrozenSet(
        ["on", "in", "of", "since", "until", "till", "by", "from", "to", "early", "mid", "late", "last", "next",
         "this", "that", "every", "each", "and", "or", "but", "between", "before", "after", "during", "through",
         "throughout", "the", "for", "as", "at", "past", "previous", "coming", "following",
         "than", "sometime", "around", "about", "into", "starting", "beginning", "ending", "ahead", "earlier", "later",
         "then", "while", "when", "with", "except", "including", "both", "either", "also", "again"],
        StringComparer.Ordinal);

    // Words other than those in the dictionaries above that can start an expression; with them, a word that is none
    // of these starts no rule, which lets the scanner skip most tokens at once.
    private static readonly FrozenSet<string> OtherStarters = FrozenSet.ToFrozenSet(
        ["early", "late", "mid", "the", "more", "longer", "less", "fewer", "shorter", "at", "up", "no", "last", "this",
         "next", "earlier", "later", "every", "each", "once", "twice", "several", "few", "many", "a", "an", "half",
         "recent", "coming", "upcoming", "past", "these", "present", "recently", "lately", "now", "currently",
         "nowadays", "soon", "today", "tonight", "yesterday", "tomorrow", "overnight", "midnight", "noon", "midday", "q", "current",
         "fiscal"], StringComparer.Ordinal);

    /// <summary>True when a rule may start at this word.</summary>
    public static bool MayStartExpression(string lower) =>
        OtherStarters.Contains(lower) || Months.ContainsKey(lower) || MonthAbbreviations.ContainsKey(lower)
        || Weekdays.ContainsKey(lower) || Units.ContainsKey(lower) || Cardinals.ContainsKey(lower) || Ordinals.ContainsKey(lower)
        || Seasons.ContainsKey(lower) || Frequencies.ContainsKey(lower) || DecadeWords.ContainsKey(lower) || SingleWordQuantityMods.ContainsKey(lower);

    public static bool TryMonth(string lower, out int month) => Months.TryGetValue(lower, out month);

    public static bool TryMonthAbbreviation(string lower, out int month) => MonthAbbreviations.TryGetValue(lower, out month);

    public static bool TryWeekday(string lower, out int isoDay) => Weekdays.TryGetValue(lower, out isoDay);

    public static bool IsFullWeekdayName(string lower) => lower.EndsWith("day", StringComparison.Ordinal);

    public static bool TryUnit(string lower, out TimeUnit unit, out bool plural)
    {
        var found = Units.TryGetValue(lower, out var entry);
        unit = entry.Unit;
        plural = entry.Plural;
        return found;
    }

    public static bool TryCardinal(string lower, out int value) => Cardinals.TryGetValue(lower, out value);

    public static bool IsOrdinal(string lower) => Ordinals.ContainsKey(lower);

    public static bool TryOrdinal(string lower, out int value) => Ordinals.TryGetValue(lower, out value);

    public static bool TryDecadeWord(string lower, out int digit) => DecadeWords.TryGetValue(lower, out digit);

    public static bool TrySeason(string lower, out string code) => Seasons.TryGetValue(lower, out code!);

    public static bool TryPartOfDay(string lower, out string code) => PartsOfDay.TryGetValue(lower, out code!);

    public static bool TryFrequency(string lower, out string value) => Frequencies.TryGetValue(lower, out value!);

    public static bool TrySingleWordQuantityMod(string lower, out string mod) => SingleWordQuantityMods.TryGetValue(lower, out mod!);

    public static bool IsAbbreviation(string lower) => Abbreviations.Contains(lower);

    public static bool IsFutureCue(string lower) => FutureCues.Contains(lower);

    public static bool IsPastCue(string lower) =>
        PastCues.Contains(lower)
        || (lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal) && !lower.EndsWith("eed", StringComparison.Ordinal)
            && !NotPastEd.Contains(lower));

    public static bool IsCalendarIntroducer(string lower) => CalendarIntroducers.Contains(lower);
}
