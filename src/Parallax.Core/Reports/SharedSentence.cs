using System.Collections.Immutable;
using Parallax.Core.Text;

namespace Parallax.Core.Reports;

/// <summary>One article's copy of a <see cref="SharedWording"/>.</summary>
/// <param name="Sentence">The sentence as this article gives it.</param>
/// <param name="Differences">
/// Spans of the sentence's text holding words the other copies lack: against the first copy for every later one, and
/// against any later one for the first. Empty for a verbatim copy.
/// </param>
public sealed record SharedSentence(SourceSentence Sentence, ImmutableArray<TextSpan> Differences);
