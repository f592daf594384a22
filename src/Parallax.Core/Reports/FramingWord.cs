using System.Collections.Immutable;

namespace Parallax.Core.Reports;

/// <summary>A word one outlet frames the story with, how it uses it, and the sentences behind it.</summary>
/// <param name="Source">The outlet.</param>
/// <param name="Word">The word as lowercased ("claimed", "according to", "brutal").</param>
/// <param name="Use">Attribution verb (neutral or evaluative), or loaded word in the outlet's own voice or in a quote.</param>
/// <param name="Count">How often the outlet uses it so in the story.</param>
/// <param name="Sentences">Sentences that use it (the first few).</param>
public sealed record FramingWord(string Source, string Word, FramingUse Use, int Count, ImmutableArray<SourceSentence> Sentences);
