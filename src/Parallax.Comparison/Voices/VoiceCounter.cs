using System.Collections.Immutable;
using Parallax.Comparison.Quotes;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Voices;

/// <summary>
/// Counts, per outlet, whom it lets speak: quotes (direct and partial) and paraphrases (indirect speech) per
/// speaker. Speakers are unified across outlets as in <see cref="QuoteCollector"/>; statements without a known
/// speaker are grouped under <see cref="Unattributed"/>. Rows are sorted by outlet (alphabetically), then by the
/// number of statements, most first, then by speaker. A near-duplicate copy of an article from the same outlet is
/// not counted again.
/// </summary>
public sealed class VoiceCounter : IStoryAnalyzer
{
    /// <summary>The speaker name of statements whose speaker is unknown.</summary>
    public const string Unattributed = "unattributed";

    /// <inheritdoc />
    public string Name => "voices";

    /// <inheritdoc />
    public AnnotationLayers Requires => AnnotationLayers.Attributions;

    /// <inheritdoc />
    public StoryReport Analyze(StoryContext context, StoryReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);

        // Recollected from the documents rather than read from report.Quotes, so the counts do not depend on
        // whether or where the quote collector runs.
        var (quotes, paraphrases) = StoryQuotes.Collect(context, report, SameOutletCopies.Of(context));
        var tallies = new Dictionary<(string Source, string Speaker), Tally>();
        var order = new List<(string Source, string Speaker)>();
        Count(quotes, isQuote: true, tallies, order);
        Count(paraphrases, isQuote: false, tallies, order);

        var voices = order
            .Select(key => tallies[key])
            .Select(t => new Voice(t.Source, t.Speaker, t.Quotes, t.Paraphrases))
            .ToList();
        voices.Sort(static (a, b) =>
        {
            var bySource = NameOrder.Compare(a.Source, b.Source);
            if (bySource != 0)
            {
                return bySource;
            }

            var byTotal = (b.Quotes + b.Paraphrases).CompareTo(a.Quotes + a.Paraphrases);
            if (byTotal != 0)
            {
                return byTotal;
            }

            var byQuotes = b.Quotes.CompareTo(a.Quotes);
            return byQuotes != 0 ? byQuotes : NameOrder.Compare(a.Speaker, b.Speaker);
        });

        return report with { Voices = [.. voices] };
    }

    private static void Count(
        ImmutableArray<QuoteRecord> records,
        bool isQuote,
        Dictionary<(string Source, string Speaker), Tally> tallies,
        List<(string Source, string Speaker)> order)
    {
        foreach (var record in records)
        {
            var speaker = record.Speaker ?? Unattributed;
            var key = (record.Source, SpeakerKey.Of(speaker));
            if (!tallies.TryGetValue(key, out var tally))
            {
                // The first spelling met in story order names the speaker when unresolved names differ only in case.
                tally = new Tally(record.Source, speaker);
                tallies[key] = tally;
                order.Add(key);
            }

            if (isQuote)
            {
                tally.Quotes++;
            }
            else
            {
                tally.Paraphrases++;
            }
        }
    }

    private sealed class Tally(string source, string speaker)
    {
        public string Source { get; } = source;

        public string Speaker { get; } = speaker;

        public int Quotes { get; set; }

        public int Paraphrases { get; set; }
    }
}
