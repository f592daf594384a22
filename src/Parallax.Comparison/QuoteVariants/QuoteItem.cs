using System.Collections.Immutable;
using Parallax.Comparison.Text;
using Parallax.Core.Text;

namespace Parallax.Comparison.QuoteVariants;

/// <summary>One quote of the story, ready to compare: its speaker key, words and content stems.</summary>
internal sealed record QuoteItem(
    int Order,
    string SpeakerKey,
    string Speaker,
    string Source,
    string ArticleId,
    TextSpan Content,
    string Text,
    ImmutableArray<WordToken> Words,
    ImmutableArray<string> WordStems,
    ImmutableHashSet<string> ContentStems);
