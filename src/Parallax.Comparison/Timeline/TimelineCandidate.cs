using Parallax.Core.Text;

namespace Parallax.Comparison.Timeline;

/// <summary>One sentence of one article dated by one of its time expressions.</summary>
internal sealed record TimelineCandidate(
    string Date,
    string Text,
    string Source,
    string ArticleId,
    TextSpan Span,
    HashSet<string> Words);
