using System.Collections.Frozen;

namespace Parallax.Language.Entities.Ner;

/// <summary>
/// A set of words kept as stable 64-bit hashes, not as text: what a trained model needs to ask "was this word seen?"
/// without the model file holding the training text's vocabulary. Immutable.
/// </summary>
public sealed class HashedWords
{
    // The template number keeps these hashes apart from the perceptron's feature keys.
    private const uint Template = 0x5752_4453;

    private readonly FrozenSet<ulong> hashes;

    private HashedWords(FrozenSet<ulong> hashes) => this.hashes = hashes;

    /// <summary>The number of words.</summary>
    public int Count => hashes.Count;

    /// <summary>The hashes in ascending order (the order they are saved in).</summary>
    public IEnumerable<ulong> Hashes => hashes.Order();

    /// <summary>The set of <paramref name="words"/>.</summary>
    public static HashedWords Of(IEnumerable<string> words) => new(words.Select(Hash).ToFrozenSet());

    /// <summary>The set of words whose hashes (from <see cref="Hashes"/>) are given.</summary>
    public static HashedWords FromHashes(IEnumerable<ulong> hashes) => new(hashes.ToFrozenSet());

    /// <summary>The stable hash of <paramref name="text"/> under which it is kept.</summary>
    public static ulong Hash(string text) => FeatureHash.Of(Template, text);

    /// <summary>True when <paramref name="word"/> is in the set.</summary>
    public bool Contains(string word) => hashes.Contains(Hash(word));
}
