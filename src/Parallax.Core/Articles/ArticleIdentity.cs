using System.Security.Cryptography;
using System.Text;

namespace Parallax.Core.Articles;

/// <summary>
/// Content identity of an article: a hash of its body with white space folded, so the same article read twice,
/// from another path or with other line breaks, gets the same id.
/// </summary>
public static class ArticleIdentity
{
    /// <summary>A 16-hex-digit id for the given body paragraphs.</summary>
    public static string Compute(IEnumerable<string> bodyParagraphs)
    {
        ArgumentNullException.ThrowIfNull(bodyParagraphs);
        var folded = new StringBuilder();
        foreach (var paragraph in bodyParagraphs)
        {
            var pendingSpace = folded.Length > 0;
            foreach (var c in paragraph)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = folded.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    folded.Append(' ');
                    pendingSpace = false;
                }

                folded.Append(c);
            }
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(folded.ToString()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
