using System.Collections.Immutable;
using Parallax.Core.Stories;

namespace Parallax.Core.Reports;

/// <summary>Everything Parallax shows about one story; each section is filled by one story analyzer.</summary>
public sealed record StoryReport(Story Story)
{
    public ImmutableArray<StoryEntity> Entities { get; init; } = [];
    public ImmutableArray<QuoteRecord> Quotes { get; init; } = [];
    public ImmutableArray<QuoteRecord> Paraphrases { get; init; } = [];
    public ImmutableArray<Fact> Facts { get; init; } = [];
    public ImmutableArray<Conflict> Conflicts { get; init; } = [];
    public ImmutableArray<QuoteVariantGroup> QuoteVariants { get; init; } = [];
    public ImmutableArray<Voice> Voices { get; init; } = [];
    public ImmutableArray<OutletTerm> Terms { get; init; } = [];
    public ImmutableArray<FramingWord> Framing { get; init; } = [];
    public ImmutableArray<CoverageRow> Coverage { get; init; } = [];
    public ImmutableArray<SummarySentence> Summary { get; init; } = [];
    public ImmutableArray<TimelineEntry> Timeline { get; init; } = [];
    public ImmutableArray<SharedWording> SharedWordings { get; init; } = [];
}
