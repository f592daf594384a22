using Parallax.Comparison.Text;

namespace Parallax.Comparison.Reuse;

/// <summary>A sentence of at least <see cref="SharedWordingFinder.MinWords"/> words and its lowercased words: one article's use of a wording.</summary>
internal sealed record SentenceCopy(SentenceProfile Profile, string[] Words);
