using System.Collections.Immutable;
using Parallax.Comparison.Facts;
using Parallax.Comparison.Text;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Conflicts;

/// <summary>
/// Fills <see cref="StoryReport.Conflicts"/>: statements about the same thing that give values no reading can
/// reconcile — a length of time ("third year" vs "three-and-a-half-year war"), a count ("three rounds of talks
/// in Istanbul" vs "met in Istanbul twice") or a share of a named whole ("two-thirds of voters" vs "about half of
/// voters"; fractions and percentages compared as ranges, so "two-thirds" and "66%" agree). Values are compared as ranges, so "more than three years",
/// "tens of thousands" and "about 40" only conflict with values outside them. Two numbers concern the same thing
/// when they measure the same kind of thing. Lengths: the same definite subject ("the war", "its fourth year",
/// "years of war"), folded by synonym. Counts: the same counted noun class, said in the same role ("killing 60
/// people" / "killing 65 people"), with no disjoint names near the numbers, and sentences similar enough:
/// a little similarity when a shared name anchors both numbers (near them, or, when a sentence names none, near
/// another mention of the thing in its article), much more without one. Part-whole phrases ("64 of the 122
/// seats"), ages, periods ("the first two weeks"), units of measure and money are not read as counts.
/// Claims of related documents (sibling stories) are compared with the story's own when they concern the same
/// time frame: lengths are shifted by the time between publications and must still exclude each other; counts
/// need publications within a day. When a date is unknown the comparison is kept and <c>About</c> says the
/// reports come from different events ("incl." when the story's own outlets also disagree). Only claims of
/// different outlets are compared: the cross-outlet view is the point, and one article's numbers are usually
/// about different things; for the same reason a group in which one article gives two values that exclude each other
/// (a total elsewhere against its parts here) is not shown.
/// </summary>
public sealed class ConflictDetector : IStoryAnalyzer
{
    private const double DaysPerYear = 365.25;

    /// <summary>Share of the alignment threshold that suffices when a name anchors both numbers to one event.</summary>
    private const double AnchoredShare = 0.6;

    /// <summary>Multiple of the alignment threshold needed when no name anchors the numbers.</summary>
    private const double UnanchoredFactor = 1.5;

    private readonly double alignThreshold;

    /// <summary>Creates the detector.</summary>
    /// <param name="alignThreshold">
    /// Sentence similarity at which two numbers without a shared name still count as stating the same thing.
    /// </param>
    public ConflictDetector(double alignThreshold = FactAligner.DefaultThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(alignThreshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(alignThreshold, 1);
        this.alignThreshold = alignThreshold;
    }

    /// <inheritdoc />
    public string Name => "conflicts";

    /// <inheritdoc />
    public AnnotationLayers Requires => AnnotationLayers.Sentences;

    /// <inheritdoc />
    public StoryReport Analyze(StoryContext context, StoryReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        return report with { Conflicts = Detect(context.Documents, context.RelatedDocuments) };
    }

    /// <summary>The conflicts among a story's documents and between them and related documents.</summary>
    /// <param name="documents">The story's documents, in story order.</param>
    /// <param name="related">Documents of sibling stories, or empty.</param>
    public ImmutableArray<Conflict> Detect(IReadOnlyList<Document> documents, IReadOnlyList<Document> related)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(related);
        var corpus = StoryCorpus.Build(documents, related);
        var measurements = new List<Measurement>();
        foreach (var profile in corpus.Profiles)
        {
            if (profile.IsProse)
            {
                measurements.AddRange(MeasurementReader.Read(profile));
            }
        }

        var documentAnchors = DocumentAnchors(corpus, measurements);
        var bySentence = measurements.ToLookup(m => m.Profile.Order);
        var groups = new List<ConflictGroup>();
        for (var a = 0; a < measurements.Count; a++)
        {
            var x = measurements[a];
            if (corpus.IsRelated(x.Profile))
            {
                continue;
            }

            for (var b = 0; b < measurements.Count; b++)
            {
                var y = measurements[b];
                if (b == a || (b < a && !corpus.IsRelated(y.Profile)) || y.Profile.Source == x.Profile.Source)
                {
                    continue;
                }

                if (!SameThing(corpus, documentAnchors, x, y) || AgreesElsewhere(bySentence, x, y))
                {
                    continue;
                }

                var timeFrame = TimeFrame(corpus, x, y);
                if (timeFrame is null)
                {
                    continue;
                }

                var (low, high) = (y.Low + timeFrame.Value.Shift, y.High + timeFrame.Value.Shift);
                if (x.Excludes(low, high))
                {
                    Add(groups, x, y, timeFrame.Value.Unknown, !corpus.IsRelated(y.Profile));
                }
            }
        }

        return [.. groups.Where(g => !g.MixesThings).Select(g => g.ToConflict())];
    }

    private static void Add(List<ConflictGroup> groups, Measurement x, Measurement y, bool unknownFrame, bool internalPair)
    {
        foreach (var group in groups)
        {
            if (group.Kind == x.Kind && group.Subject == x.Subject && (group.Contains(x) || group.Contains(y)))
            {
                group.Add(x);
                group.Add(y);
                group.UnknownFrame |= unknownFrame;
                group.InternalDisagreement |= internalPair;
                return;
            }
        }

        var created = new ConflictGroup(x.Kind, x.Subject) { UnknownFrame = unknownFrame, InternalDisagreement = internalPair };
        created.Add(x);
        created.Add(y);
        groups.Add(created);
    }

    private bool SameThing(
        StoryCorpus corpus, Dictionary<(int Document, string Subject), HashSet<string>> documentAnchors, Measurement x, Measurement y)
    {
        if (x.Kind != y.Kind || x.Subject != y.Subject)
        {
            return false;
        }

        if (x.Kind == MeasureKind.Length)
        {
            // "The war", "its fourth year", "years of war": a definite thing of the story is one thing; indefinite
            // ones ("a three-year break", "a 13-year term") may be different instances and are never compared.
            return x.Definite && y.Definite;
        }

        // Counts need the same role ("killing 60" and "killing 65", not "5,000 died" and "600,000 fled"); a count of
        // meetings has no role apart from the meeting itself, and a share is of the whole its "of" names. Both need
        // no conflicting names (Mexico's deaths are not Guatemala's) and sentences that say much the same.
        if (x.Kind == MeasureKind.Count && x.Subject != MeasurementReader.MeetingClass && !x.Role.Overlaps(y.Role))
        {
            return false;
        }

        if (!x.Anchors.IsEmpty && !y.Anchors.IsEmpty && !x.Anchors.Select(a => a.Stem).Intersect(y.Anchors.Select(a => a.Stem)).Any())
        {
            return false;
        }

        var similarity = corpus.Similarity(x.Profile.Order, y.Profile.Order);
        if (!AnchorsOf(documentAnchors, x).Overlaps(AnchorsOf(documentAnchors, y)))
        {
            return similarity >= alignThreshold * UnanchoredFactor;
        }

        return similarity >= alignThreshold * AnchoredShare;
    }

    /// <summary>
    /// True when either sentence also gives a value of the same thing that agrees with the other claim: the two
    /// outlets then agree, and the differing number is about another part of the statement ("killed 60, injured 162").
    /// </summary>
    private static bool AgreesElsewhere(ILookup<int, Measurement> bySentence, Measurement x, Measurement y) =>
        bySentence[y.Profile.Order].Any(m => m != y && SameMeasure(m, x) && !m.Excludes(x.Low, x.High))
        || bySentence[x.Profile.Order].Any(m => m != x && SameMeasure(m, x) && !m.Excludes(y.Low, y.High));

    private static bool SameMeasure(Measurement m, Measurement x) => m.Kind == x.Kind && m.Subject == x.Subject;

    private static HashSet<string> AnchorsOf(Dictionary<(int Document, string Subject), HashSet<string>> documentAnchors, Measurement m)
    {
        if (!m.Anchors.IsEmpty)
        {
            return [.. m.Anchors.Select(a => a.Stem)];
        }

        return documentAnchors.GetValueOrDefault((m.Profile.DocumentIndex, m.Subject)) ?? [];
    }

    /// <summary>Named words near any mention of each counted thing in each document.</summary>
    private static Dictionary<(int Document, string Subject), HashSet<string>> DocumentAnchors(
        StoryCorpus corpus, List<Measurement> measurements)
    {
        var subjects = measurements.Where(m => m.Kind == MeasureKind.Count).Select(m => m.Subject).ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<(int, string), HashSet<string>>();
        foreach (var profile in corpus.Profiles)
        {
            var words = profile.Words;
            for (var k = 0; k < words.Length; k++)
            {
                if (words[k].IsCapitalised || StopWords.Contains(words[k].Lower))
                {
                    continue;
                }

                var subject = MeasurementReader.CountClass(SuffixStemmer.Stem(words[k].Lower));
                if (!subjects.Contains(subject))
                {
                    continue;
                }

                var key = (profile.DocumentIndex, subject);
                if (!result.TryGetValue(key, out var anchors))
                {
                    result[key] = anchors = new HashSet<string>(StringComparer.Ordinal);
                }

                for (var j = Math.Max(1, k - 6); j < Math.Min(words.Length, k + 7); j++)
                {
                    if (words[j].IsCapitalised && !StopWords.Contains(words[j].Lower) && !NumberWords.Months.Contains(words[j].Lower))
                    {
                        anchors.Add(SuffixStemmer.Stem(words[j].Lower));
                    }
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Whether two measurements can be compared in time, with the shift (in the measurement's unit, years for
    /// lengths) to apply to the second; null when they concern different time frames.
    /// </summary>
    private static (double Shift, bool Unknown)? TimeFrame(StoryCorpus corpus, Measurement x, Measurement y)
    {
        if (!corpus.IsRelated(y.Profile))
        {
            return (0, false);
        }

        var dx = x.Profile.Document.Article.Published;
        var dy = y.Profile.Document.Article.Published;
        if (dx is null || dy is null)
        {
            return (0, true);
        }

        var days = (dx.Value - dy.Value).TotalDays;
        if (x.Kind == MeasureKind.Count)
        {
            return Math.Abs(days) < 1 ? (0, false) : null;
        }

        var years = days / DaysPerYear;
        return Math.Abs(years) < x.UnitYears ? (years, false) : null;
    }
}
