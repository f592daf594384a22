using System.Collections.Immutable;

namespace Parallax.Language.Entities.Ner;

/// <summary>One sentence of a CoNLL-2003 file: its words and their gold tags (NER tags in IOB1 or IOB2 as in the file, or parts of speech).</summary>
/// <param name="Words">The tokens, first column.</param>
/// <param name="Tags">The tag of each token: the last column ("O", "B-PER", "I-LOC", …) unless the reader was asked for another.</param>
public sealed record ConllSentence(ImmutableArray<string> Words, ImmutableArray<string> Tags);
