using System.Collections.Immutable;

namespace Parallax.Language.Entities.Ner;

/// <summary>One sentence of a CoNLL-2003 file: its words and their gold NER tags (IOB1 or IOB2, as in the file).</summary>
/// <param name="Words">The tokens, first column.</param>
/// <param name="Tags">The NER tag of each token, last column ("O", "B-PER", "I-LOC", …).</param>
public sealed record ConllSentence(ImmutableArray<string> Words, ImmutableArray<string> Tags);
