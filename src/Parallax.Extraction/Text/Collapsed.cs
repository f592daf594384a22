using Parallax.Extraction.Metadata;

namespace Parallax.Extraction.Text;

/// <summary>
/// <see cref="WhiteSpace.Collapse"/> that returns text already in collapsed form as it is, without a copy: HTML
/// blocks arrive collapsed, and collapsing them again for every comparison was a copy per block.
/// </summary>
internal static class Collapsed
{
    /// <summary>The collapsed form of <paramref name="text"/>.</summary>
    public static string Of(string text) => IsCollapsed(text) ? text : WhiteSpace.Collapse(text);

    // No white space at the ends, and inside only single plain spaces.
    private static bool IsCollapsed(string text)
    {
        var previousSpace = true;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c) || c == '\u200B';
            if (space && (previousSpace || c != ' '))
            {
                return false;
            }

            previousSpace = space;
        }

        return !previousSpace || text.Length == 0;
    }
}
