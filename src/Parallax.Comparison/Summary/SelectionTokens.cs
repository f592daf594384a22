using System.Collections.Immutable;
using Parallax.Comparison.Text;

namespace Parallax.Comparison.Summary;

/// <summary>
/// The lower-cased tokens the coverage selections count, with a possessive "'s" split off as its own token "s":
/// "Ruiz's plan" is "ruiz s plan", as the Penn Treebank tokenisation of the published systems splits it and as
/// ROUGE reads it. Without the split, "Ruiz's" stems to "ruiz'", and the name and its possessive never match.
/// Contractions that are stop words as a whole ("it's", "he's") stay one token.
/// </summary>
internal static class SelectionTokens
{
    /// <summary>The tokens of <paramref name="profile"/>, in order.</summary>
    public static ImmutableArray<string> Of(SentenceProfile profile)
    {
        var tokens = ImmutableArray.CreateBuilder<string>(profile.Words.Length);
        foreach (var word in profile.Words)
        {
            var lower = word.Lower;
            if (lower.Length > 2 && lower.EndsWith("'s", StringComparison.Ordinal) && !StopWords.Contains(lower))
            {
                tokens.Add(lower[..^2]);
                tokens.Add("s");
            }
            else
            {
                tokens.Add(lower);
            }
        }

        return tokens.ToImmutable();
    }
}
