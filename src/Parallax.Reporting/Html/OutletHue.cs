namespace Parallax.Reporting.Html;

/// <summary>
/// A colour hue per outlet so an outlet's chips look the same everywhere in a report. Derived from the name with
/// FNV-1a rather than <see cref="string.GetHashCode()"/>, which is randomised per process.
/// </summary>
internal static class OutletHue
{
    public static int Of(string outlet)
    {
        var hash = 2166136261u;
        foreach (var c in outlet)
        {
            hash = (hash ^ c) * 16777619u;
        }

        // Steps of 15 degrees keep neighbouring hues apart enough to tell chips from each other.
        return (int)(hash % 24) * 15;
    }
}
