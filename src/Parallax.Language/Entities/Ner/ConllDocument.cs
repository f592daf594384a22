using System.Collections.Immutable;

namespace Parallax.Language.Entities.Ner;

/// <summary>The sentences between two <c>-DOCSTART-</c> lines of a CoNLL-2003 file.</summary>
public sealed record ConllDocument(ImmutableArray<ConllSentence> Sentences)
{
    /// <summary>The number of tokens in all sentences.</summary>
    public int TokenCount => Sentences.Sum(s => s.Words.Length);
}
