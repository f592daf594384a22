using System.Collections.Immutable;
using System.Globalization;
using Parallax.Core.Annotations;
using Parallax.Core.Text;

namespace Parallax.Language.Time;

/// <summary>
/// One scan of one text: at each token every rule is tried and the longest match wins, then the scan continues after
/// it. Rules look at a bounded number of tokens, so the scan is linear in the text length. Holds per-call state only.
/// </summary>
internal sealed partial class TimexScanner
{
    private const int TenseWindowBefore = 10;
    private const int TenseWindowAfter = 12;

    private readonly string text;
    private readonly ImmutableArray<TimeToken> tokens;
    private readonly DateOnly? dct;

    // The value of the last dated expression within AnchorSentences sentences, which "a year earlier" counts back from.
    private string? sentenceAnchor;
    private int sentencesSinceAnchor;

    // The last quarter named in the text, which "the quarter" refers back to.
    private string? lastQuarter;

    // The last quarter named in the text that ended before the creation time: the one an earnings report is about,
    // which "the latest quarter" means even when a coming quarter was named after it.
    private string? lastEndedQuarter;

    // The last dated expression anywhere before, which "the following month" and "that year" count from.
    private string? lastDate;

    // How many sentences back a named period still anchors "a year earlier": news names the period it reports
    // ("first-half profit rose …") and compares with the year before in the next sentence or the one after.
    private const int AnchorSentences = 2;

    private TimexScanner(string text, DateOnly? dct)
    {
        this.text = text;
        tokens = TimeTokenizer.Tokenize(text);
        this.dct = dct;
    }

    private delegate TimexMatch? Rule(int i);

    public static ImmutableArray<TimexAnnotation> Scan(string text, DateOnly? dct)
    {
        var scanner = new TimexScanner(text, dct);
        return scanner.Run();
    }

    /// <summary>Like <see cref="Scan"/>, with the tense of each expression's context.</summary>
    public static ImmutableArray<(TimexAnnotation Annotation, Tense Tense)> ScanWithTense(string text)
    {
        var scanner = new TimexScanner(text, null);
        var matches = scanner.Run();
        var result = ImmutableArray.CreateBuilder<(TimexAnnotation, Tense)>(matches.Length);
        foreach (var match in matches)
        {
            var first = scanner.TokenAt(match.Span.Start);
            var end = scanner.TokenAt(match.Span.End - 1) + 1;
            result.Add((match, scanner.TenseAround(first, end)));
        }

        return result.MoveToImmutable();
    }

    private int TokenAt(int position)
    {
        var lo = 0;
        var hi = tokens.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private ImmutableArray<TimexAnnotation> Run()
    {
        Rule[] rules =
        [
            IsoDate, Quarter, QuarterReference, MonthDate, DayMonthDate, YearDate, Decade, Season, SpokenYear, Weekday, DeicticDay, PartOfDay, ClockTime,
            RelativePeriod, Reference, AnaphoricPeriod, ReportYear, Duration, OrdinalPeriod, Set,
        ];
        var result = ImmutableArray.CreateBuilder<TimexAnnotation>();
        var i = 0;
        var previousEnd = 0;
        while (i < tokens.Length)
        {
            var token = tokens[i];
            if (token.Kind == TimeTokenKind.Punctuation && token.Lower is "." or "!" or "?" && ++sentencesSinceAnchor > AnchorSentences)
            {
                sentenceAnchor = null;
            }

            if (token.Kind == TimeTokenKind.Punctuation || (token.IsWord && !TimeLexicon.MayStartExpression(token.Lower)))
            {
                i++;
                continue;
            }

            TimexMatch? best = null;
            foreach (var rule in rules)
            {
                if (rule(i) is { } match && match.End > match.First && (best is null || match.End > best.Value.End))
                {
                    best = match;
                }
            }

            if (best is { } found)
            {
                if (Word(found.End) == "or" && Word(found.End + 1) == "so")
                {
                    // "the next three months or so": TimeML takes the approximation into the expression, mod APPROX.
                    found = found with { End = found.End + 2, Mod = found.Mod ?? "APPROX" };
                }

                // A rule may take in a word before its start ("the third quarter"); never one already used.
                var first = Math.Max(found.First, previousEnd);
                var span = TextSpan.FromBounds(tokens[first].Start, tokens[found.End - 1].End);
                result.Add(new TimexAnnotation(span, found.Type, found.Value, found.Mod));
                if (found.Type == TimexType.Date && found.Value is { } value)
                {
                    var comparison = HasWordBetween(found.First, found.End, "earlier", "ago");
                    if (Word(found.End - 1) is not ("earlier" or "ago"))
                    {
                        // "A year ago" is compared with the period named before it; a second "a year ago" one sentence
                        // later compares with the same period, not with the year before the first comparison.
                        sentenceAnchor = value;
                        sentencesSinceAnchor = 0;
                    }

                    if (value.Length >= 4 && char.IsAsciiDigit(value[0]))
                    {
                        lastDate = value;
                    }

                    // "The year-earlier quarter" is the comparison, not the quarter the text is about.
                    if (value.Length == 7 && value[4..6] == "-Q" && !comparison)
                    {
                        lastQuarter = value;
                        if (QuarterIndex(value) is { } named && dct is { } d && named < QuarterIndex(d))
                        {
                            lastEndedQuarter = value;
                        }
                    }
                }

                i = previousEnd = found.End;
            }
            else
            {
                i++;
            }
        }

        return result.ToImmutable();
    }

    private bool Has(int i) => i >= 0 && i < tokens.Length;

    private bool HasWordBetween(int first, int end, string word, string other)
    {
        for (var k = first; k < end; k++)
        {
            if (Is(k, word) || Is(k, other))
            {
                return true;
            }
        }

        return false;
    }

    private bool Is(int i, string lower) => Has(i) && tokens[i].Lower == lower;

    private string? Word(int i) => Has(i) && tokens[i].IsWord ? tokens[i].Lower : null;

    /// <summary>True when token <paramref name="i"/> is immediately followed by token i + 1, with no space.</summary>
    private bool Joined(int i) => Has(i + 1) && tokens[i].End == tokens[i + 1].Start;

    private bool SameSentence(int a, int b) => Has(a) && Has(b) && tokens[a].Sentence == tokens[b].Sentence;

    private bool IsHyphenLink(int i) => Is(i, "-") && Joined(i - 1) && Joined(i);

    private int? IntegerAt(int i) =>
        Has(i) && tokens[i].IsNumber && int.TryParse(tokens[i].Lower, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : null;

    /// <summary>A four-digit year 1000–2199 at <paramref name="i"/>.</summary>
    private int? YearAt(int i) =>
        IntegerAt(i) is { } v && tokens[i].Lower.Length == 4 && v is >= 1000 and <= 2199 ? v : null;

    /// <summary>A day of the month at <paramref name="i"/>, with an optional joined ordinal suffix; returns the end.</summary>
    private (int Day, int End)? DayAt(int i)
    {
        if (IntegerAt(i) is not { } v || v is < 1 or > 31 || tokens[i].Lower.Length > 2)
        {
            return null;
        }

        var end = i + 1;
        if (Joined(i) && Word(i + 1) is "st" or "nd" or "rd" or "th")
        {
            end++;
        }

        return (v, end);
    }

    private bool StartsSentence(int i) => !Has(i - 1) || !SameSentence(i - 1, i);

    /// <summary>
    /// True when a capitalised calendar word at <paramref name="i"/> is more likely part of a name ("Theresa May",
    /// "Chinomso Sunday"): it follows another capitalised word in the same sentence that is not a calendar introducer.
    /// </summary>
    private bool FollowsNameWord(int i)
    {
        if (!Has(i - 1) || !SameSentence(i - 1, i) || !tokens[i - 1].IsWord || !tokens[i - 1].Capitalized)
        {
            return false;
        }

        var previous = tokens[i - 1].Lower;
        return !TimeLexicon.IsCalendarIntroducer(previous)
            && !TimeLexicon.TryWeekday(previous, out _)
            && !TimeLexicon.TryMonth(previous, out _);
    }

    /// <summary>True when a line break separates token <paramref name="i"/> from the next one, or nothing follows it.</summary>
    private bool EndsLine(int i) =>
        !Has(i + 1) || text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).Contains('\n');

    /// <summary>
    /// True when a capitalised word that is no calendar word follows in the same sentence, so a calendar word before it
    /// is more likely part of a name ("Sunday Times", "April Jones").
    /// </summary>
    private bool IsNameContinuation(int i) =>
        Has(i) && tokens[i].IsWord && tokens[i].Capitalized && SameSentence(i - 1, i)
        && !TimeLexicon.TryMonth(tokens[i].Lower, out _) && !TimeLexicon.TryWeekday(tokens[i].Lower, out _);

    /// <summary>
    /// The tense around tokens <c>[first, end)</c>: the nearest cue word before it in the sentence, else the nearest
    /// after it (HeidelTime resolves underspecified dates by the tense of the sentence's verb the same way).
    /// </summary>
    private Tense TenseAround(int first, int end)
    {
        var tense = CueTenseAround(first, end);
        if (Word(first - 1) == "coming")
        {
            // "this coming Thursday"
            tense = Tense.Future;
        }
        else if (tense == Tense.Unknown && dct is not null && !(Is(end, "'") && Is(end + 1, "s")))
        {
            // No cue word: the nearest finite verb's tense, tagged only now, for an expression that needs a direction.
            // A possessive day ("Saturday's ruling") names an event rather than when the verb's action happens.
            tense = VerbTenseAround(first, end);
        }

        // A deadline ("moved until March 3", "asked to reply by June 30") lies ahead of the past-tense report
        // that sets it, so the report's tense says nothing of the date's direction.
        return tense == Tense.Past && Word(first - 1) is "by" or "until" or "till" ? Tense.Unknown : tense;
    }

    private Tense CueTenseAround(int first, int end)
    {
        for (var k = first - 1; k >= Math.Max(0, first - TenseWindowBefore) && SameSentence(k, first); k--)
        {
            if (CueAt(k) is var tense and not Tense.Unknown)
            {
                return tense;
            }
        }

        for (var k = end; k < Math.Min(tokens.Length, end + TenseWindowAfter) && SameSentence(k, end - 1); k++)
        {
            if (CueAt(k) is var tense and not Tense.Unknown)
            {
                return tense;
            }
        }

        return Tense.Unknown;
    }

    private Tense CueAt(int k)
    {
        if (Word(k) is not { } word)
        {
            return Tense.Unknown;
        }

        if (word is "must" or "should" or "might" && (Word(k + 1) == "have" || (Word(k + 1) == "not" && Word(k + 2) == "have")))
        {
            // "must have met": a perfect after a modal looks back.
            return Tense.Past;
        }

        if (TimeLexicon.IsFutureCue(word) || (word is "set" or "going" or "about" or "plan" or "plans" or "planning" && Is(k + 1, "to") && Word(k + 2) is not null && !IsNumberStart(k + 2)))
        {
            return word == "ll" && !Is(k - 1, "'") ? Tense.Unknown : Tense.Future;
        }

        if (word == "early" && Is(k - 1, "as") && Is(k + 1, "as"))
        {
            // "as early as Saturday"
            return Tense.Future;
        }

        // A participle after a present or bare form of "be" ("will be held", "is scheduled") is not a past tense.
        return TimeLexicon.IsPastCue(word) && Word(k - 1) is not ("be" or "being" or "is" or "are" or "am")
            && !IsAttributiveParticiple(k)
            ? Tense.Past
            : Tense.Unknown;
    }

    /// <summary>
    /// An "-ed" form between a determiner (or a degree adverb after one) and its noun is an adjective ("a yet
    /// undecided date", "the revised plan"), not a past tense.
    /// </summary>
    private bool IsAttributiveParticiple(int k)
    {
        var before = Word(k - 1) is "still" or "yet" or "newly" or "recently" or "already" or "previously" or "long" ? k - 2 : k - 1;
        return tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal) && SameSentence(before, k)
            && Word(before) is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "our" or "this" or "these" or "those"
            && Word(k + 1) is not null;
    }

    private bool IsNumberStart(int i) => Has(i) && (tokens[i].IsNumber || TimeLexicon.TryCardinal(tokens[i].Lower, out _));
}
