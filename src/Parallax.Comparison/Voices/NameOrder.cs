namespace Parallax.Comparison.Voices;

/// <summary>Alphabetical order of names that does not depend on culture: case-insensitive, then ordinal to break ties.</summary>
internal static class NameOrder
{
    public static int Compare(string? x, string? y)
    {
        var folded = StringComparer.OrdinalIgnoreCase.Compare(x, y);
        return folded != 0 ? folded : StringComparer.Ordinal.Compare(x, y);
    }
}
