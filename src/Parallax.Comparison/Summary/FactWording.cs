using Parallax.Comparison.Text;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Summary;

/// <summary>One of the most neutral wordings of a fact that can stand alone in a summary.</summary>
/// <param name="Fact">The fact.</param>
/// <param name="FactIndex">The fact's index among the story's facts: wordings of one fact exclude each other.</param>
/// <param name="Profile">The sentence.</param>
/// <param name="FirstOrder">Story order of the fact's first statement: its first article, and where it stands there.</param>
internal sealed record FactWording(Fact Fact, int FactIndex, SentenceProfile Profile, int FirstOrder);
