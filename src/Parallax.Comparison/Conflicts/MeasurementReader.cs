using System.Collections.Frozen;
using System.Collections.Immutable;
using Parallax.Comparison.Text;

namespace Parallax.Comparison.Conflicts;

/// <summary>
/// Reads the <see cref="Quantity"/>s of a sentence as measurements of a thing, using English phrase conventions
/// only: a time unit after the number makes a length ("three-year break", "three years of war", "its third year"
/// with "its" resolved to the nearest preceding definite noun phrase); otherwise the noun after a count ("three
/// rounds of talks") or the verb before a multiplicative ("met … twice") names what is counted. A number whose
/// thing cannot be named is not read at all: precision before recall.
/// </summary>
internal static class MeasurementReader
{
    private const int AnchorWindow = 6;

    private static readonly FrozenDictionary<string, double> TimeUnits = new Dictionary<string, double>
    {
        ["year"] = 1, ["years"] = 1, ["month"] = 1 / 12.0, ["months"] = 1 / 12.0, ["week"] = 7 / 365.25,
        ["weeks"] = 7 / 365.25, ["day"] = 1 / 365.25, ["days"] = 1 / 365.25, ["decade"] = 10, ["decades"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words for meetings between parties: counts of any of them count the same kind of event.</summary>
    private static readonly FrozenSet<string> MeetingStems = new[]
    {
        "round", "talk", "negotiat", "meet", "met", "meeting", "session", "summit",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>English plurals without a final s, so "hundreds of people" has a head.</summary>
    private static readonly FrozenSet<string> IrregularPlurals = new[]
    {
        "people", "children", "men", "women", "police", "personnel", "staff", "feet", "teeth", "mice", "geese",
        "cattle", "livestock", "media", "data", "criteria", "aircraft", "crew",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Units of measure and of time: a number of them is a magnitude (a distance, a sum, a period), not a count of
    /// things, and magnitudes of a story measure many different things.
    /// </summary>
    private static readonly FrozenSet<string> MeasureUnits = new[]
    {
        "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "times",
        "miles", "kilometers", "kilometres", "kms", "km", "meters", "metres", "feet", "inches", "yards", "acres",
        "hectares", "tons", "tonnes", "pounds", "kilograms", "kilos", "grams", "ounces", "gallons", "liters", "litres",
        "barrels", "dollars", "euros", "cents", "pence", "yen", "yuan", "rubles", "roubles", "degrees", "percent",
        "points", "votes",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a length that make it a period within something, not its whole length ("the first two weeks").</summary>
    private static readonly FrozenSet<string> PeriodMarkers = new[]
    {
        "first", "last", "next", "past", "previous", "final", "coming", "recent", "early", "late",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Weekdays = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = new[] { "the", "this", "that" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The measurements of one sentence.</summary>
    public static IEnumerable<Measurement> Read(SentenceProfile profile)
    {
        foreach (var quantity in profile.Quantities)
        {
            var measurement = quantity.Kind switch
            {
                QuantityKind.Cardinal or QuantityKind.Ordinal => ReadLength(profile, quantity) ?? ReadCount(profile, quantity),
                QuantityKind.Times => ReadTimes(profile, quantity),
                QuantityKind.Percent => ReadShare(profile, quantity),
                _ => null,
            };
            if (measurement is not null)
            {
                yield return measurement;
            }
        }
    }

    /// <summary>The count class of meetings between parties.</summary>
    public const string MeetingClass = "meeting";

    /// <summary>True when the stem names a meeting between parties (rounds, talks, sessions).</summary>
    public static bool IsMeetingWord(string stem) => MeetingStems.Contains(stem);

    /// <summary>The class a counted thing falls in: meetings share one class, other nouns fold by synonym.</summary>
    public static string CountClass(string stem) => IsMeetingWord(stem) ? MeetingClass : NewsSynonyms.Fold(stem);

    private static Measurement? ReadLength(SentenceProfile profile, Quantity quantity)
    {
        var words = profile.Words;
        var u = quantity.NumberEnd;
        if (u >= words.Length || !TimeUnits.TryGetValue(words[u].Lower, out var unit))
        {
            return null;
        }

        if (quantity.FirstWord > 0 && PeriodMarkers.Contains(words[quantity.FirstWord - 1].Lower))
        {
            return null;
        }

        string? subject = null;
        var definite = false;
        if (words[u].JoinedByHyphen && u + 1 < words.Length && words[u + 1].Lower is "old" or "olds")
        {
            // "a 21-year-old" is an age, not how long something has lasted.
            return null;
        }

        if (words[u].JoinedByHyphen && u + 1 < words.Length && !StopWords.Contains(words[u + 1].Lower))
        {
            subject = words[u + 1].Lower;
            definite = quantity.FirstWord > 0 && words[quantity.FirstWord - 1].Lower is "the" or "its" or "their" or "this";
        }
        else if (u + 2 < words.Length && words[u + 1].Lower == "of")
        {
            // "three years of war" (a bare noun) is the thing's length; "two weeks of the season" is a part of it.
            var s = u + 2;
            subject = StopWords.Contains(words[s].Lower) || words[s].IsCapitalised ? null : words[s].Lower;
            definite = true;
        }
        else if (quantity.Kind == QuantityKind.Ordinal && quantity.FirstWord > 0
                 && words[quantity.FirstWord - 1].Lower is "its" or "their")
        {
            subject = DefiniteAntecedent(words, quantity.FirstWord - 1);
            definite = true;
        }

        if (subject is null)
        {
            return null;
        }

        double low;
        double high;
        if (quantity.Kind == QuantityKind.Ordinal)
        {
            (low, high) = (quantity.Value - 1, quantity.Value);
        }
        else if (quantity.High - quantity.Low > 1e-6 * Math.Max(1, quantity.Value))
        {
            (low, high) = (quantity.Low, quantity.High);
        }
        else if (quantity.Value == Math.Floor(quantity.Value))
        {
            // "Three years" is said from just before three years until the fourth ends.
            (low, high) = (quantity.Value - 0.5, quantity.Value + 1);
        }
        else
        {
            (low, high) = (quantity.Value - 0.25, quantity.Value + 0.25);
        }

        var value = Slice(profile, quantity.FirstWord, u);
        var stem = SuffixStemmer.Stem(subject);
        return new Measurement(
            profile, MeasureKind.Length, low * unit, high * unit, unit, NewsSynonyms.Fold(stem), subject, value, Anchors(profile, quantity), definite);
    }

    private static Measurement? ReadCount(SentenceProfile profile, Quantity quantity)
    {
        if (quantity.Kind != QuantityKind.Cardinal)
        {
            return null;
        }

        var words = profile.Words;
        if (IsPartOfWhole(words, quantity))
        {
            return null;
        }

        var h = quantity.NumberEnd;
        if (h < words.Length && words[h].Lower == "of")
        {
            h++;
        }

        // The head is the first plural-looking content word within three words (skipping premodifiers such as
        // "key" or "military and civilian"); a value of one takes a singular head.
        var head = -1;
        for (var k = h; k < Math.Min(words.Length, h + 4); k++)
        {
            var w = words[k];
            if (k > h && w.AfterBreak)
            {
                break;
            }

            if (StopWords.Contains(w.Lower) && w.Lower != "and")
            {
                break;
            }

            if (w.Lower != "and" && !w.IsNumeric && (quantity.Value == 1 || w.Lower.EndsWith('s') || IrregularPlurals.Contains(w.Lower)))
            {
                head = k;
                break;
            }
        }

        if (head < 0 || words[head].IsCapitalised || MeasureUnits.Contains(words[head].Lower) || TimeUnits.ContainsKey(words[head].Lower))
        {
            return null;
        }

        var headStem = SuffixStemmer.Stem(words[head].Lower);
        var description = words[head].Lower;
        var subject = CountClass(headStem);
        if (head + 2 < words.Length && words[head + 1].Lower == "of" && !StopWords.Contains(words[head + 2].Lower))
        {
            description += " of " + words[head + 2].Lower;
            var ofStem = SuffixStemmer.Stem(words[head + 2].Lower);
            if (IsMeetingWord(ofStem))
            {
                subject = MeetingClass;
            }
        }

        return new Measurement(
            profile, MeasureKind.Count, quantity.Low, quantity.High, 0, subject, description,
            Slice(profile, quantity.FirstWord, head), Anchors(profile, quantity))
        {
            Role = Role(profile, quantity.FirstWord, head, subject),
        };
    }

    /// <summary>
    /// A share of a named whole: the noun after "of" ("two-thirds of voters", "66% of the vote"). A percentage with
    /// no "of" (a rate, a change, a margin) is not read: what it is a share of cannot be named.
    /// </summary>
    private static Measurement? ReadShare(SentenceProfile profile, Quantity quantity)
    {
        var words = profile.Words;
        var k = 0;
        while (k < words.Length && words[k].Span.Start < quantity.Span.End)
        {
            k++;
        }

        if (k >= words.Length || words[k].Lower != "of")
        {
            return null;
        }

        for (var h = k + 1; h < Math.Min(words.Length, k + 4); h++)
        {
            var w = words[h];
            if (w.AfterBreak || w.IsNumeric)
            {
                return null;
            }

            if (StopWords.Contains(w.Lower))
            {
                continue;
            }

            if (w.IsCapitalised || MeasureUnits.Contains(w.Lower) || TimeUnits.ContainsKey(w.Lower))
            {
                return null;
            }

            return new Measurement(
                profile, MeasureKind.Share, quantity.Low, quantity.High, 0, NewsSynonyms.Fold(SuffixStemmer.Stem(w.Lower)), "share of " + w.Lower,
                quantity.Text, Anchors(profile, quantity));
        }

        return null;
    }

    private static Measurement? ReadTimes(SentenceProfile profile, Quantity quantity)
    {
        // What happened twice is the nearest content word before the number ("met in Istanbul twice").
        var words = profile.Words;
        for (var k = quantity.FirstWord - 1; k >= Math.Max(0, quantity.FirstWord - 5); k--)
        {
            var w = words[k];
            if (StopWords.Contains(w.Lower) || w.IsCapitalised || w.IsNumeric)
            {
                continue;
            }

            var subject = CountClass(SuffixStemmer.Stem(w.Lower));
            return new Measurement(
                profile, MeasureKind.Count, quantity.Low, quantity.High, 0, subject, w.Lower,
                Slice(profile, quantity.FirstWord, quantity.NumberEnd - 1), Anchors(profile, quantity))
            {
                Role = Role(profile, k, quantity.NumberEnd - 1, subject),
            };
        }

        return null;
    }

    private static bool IsModifier(string lower) => lower is "about" or "around" or "nearly" or "almost" or "some" or "over" or "approximately" or "roughly";

    /// <summary>
    /// True for either side of a part-whole phrase ("64 of the 122 seats", "one of 10 states"): the two numbers
    /// count different sets, and each is read wrongly on its own.
    /// </summary>
    private static bool IsPartOfWhole(ImmutableArray<WordToken> words, Quantity quantity)
    {
        var after = quantity.NumberEnd;
        if (after < words.Length && words[after].Lower == "of")
        {
            var next = after + 1 < words.Length && words[after + 1].Lower == "the" ? after + 2 : after + 1;
            if (next < words.Length && (words[next].IsNumeric || NumberWords.Units.ContainsKey(words[next].Lower) || NumberWords.Tens.ContainsKey(words[next].Lower)))
            {
                return true;
            }
        }

        var before = quantity.FirstWord - 1;
        if (before >= 0 && words[before].Lower == "the")
        {
            before--;
        }

        return before >= 1 && words[before].Lower == "of"
            && (words[before - 1].IsNumeric || NumberWords.Units.ContainsKey(words[before - 1].Lower) || NumberWords.Tens.ContainsKey(words[before - 1].Lower));
    }

    /// <summary>
    /// The folded stems of the content words within three words of a count, names and the counted word aside:
    /// what is said of the things counted ("killing", "missing", "met").
    /// </summary>
    public static ImmutableHashSet<string> Role(SentenceProfile profile, int first, int last, string subject)
    {
        var words = profile.Words;
        var role = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        for (var k = Math.Max(0, first - 3); k < Math.Min(words.Length, last + 4); k++)
        {
            var w = words[k];
            if ((k >= first && k <= last) || w.IsCapitalised || w.IsNumeric || StopWords.Contains(w.Lower) || NumberWords.Units.ContainsKey(w.Lower))
            {
                continue;
            }

            var folded = CountClass(SuffixStemmer.Stem(w.Lower));
            if (folded != subject)
            {
                role.Add(folded);
            }
        }

        return role.ToImmutable();
    }

    /// <summary>The head of the nearest definite noun phrase before <paramref name="from"/> ("the conflict").</summary>
    private static string? DefiniteAntecedent(ImmutableArray<WordToken> words, int from)
    {
        for (var j = from - 1; j >= Math.Max(1, from - 8); j--)
        {
            if (Determiners.Contains(words[j - 1].Lower) && !StopWords.Contains(words[j].Lower) && !words[j].IsCapitalised)
            {
                return words[j].Lower;
            }
        }

        return null;
    }

    private static ImmutableArray<(string Stem, string Surface)> Anchors(SentenceProfile profile, Quantity quantity)
    {
        var words = profile.Words;
        var anchors = ImmutableArray.CreateBuilder<(string, string)>();
        // The first word counts too: a capitalised non-function word opening a sentence is mostly a name
        // ("Mexico reported one death"), and a wrong anchor only makes a conflict less likely.
        var from = Math.Max(0, quantity.FirstWord - AnchorWindow);
        var to = Math.Min(words.Length, quantity.NumberEnd + AnchorWindow);
        for (var k = from; k < to; k++)
        {
            var w = words[k];
            if (w.IsCapitalised && !StopWords.Contains(w.Lower) && !NumberWords.Months.Contains(w.Lower) && !Weekdays.Contains(w.Lower)
                && !NumberWords.IsNumberWord(w.Lower) && !(k == quantity.FirstWord - 1 && k == 0 && IsModifier(w.Lower)))
            {
                anchors.Add((SuffixStemmer.Stem(w.Lower), w.Text));
            }
        }

        return anchors.ToImmutable();
    }

    private static string Slice(SentenceProfile profile, int first, int last)
    {
        var text = profile.Document.Text;
        var start = profile.Words[first].Span.Start;
        var end = profile.Words[last].Span.End;
        return text[start..end];
    }
}
