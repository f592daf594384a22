using System.Collections.Immutable;

namespace Parallax.Reporting.Html;

/// <summary>
/// A colour hue per outlet so an outlet's chips look the same everywhere in a report. Known outlets get hues a
/// golden angle apart in order of first appearance, so neighbours never look alike; any other name falls back to
/// an FNV-1a hash of it (not <see cref="string.GetHashCode()"/>, which changes from process to process).
/// </summary>
internal sealed class OutletHues
{
    private const double GoldenAngle = 137.50776405;
    private const int FirstHue = 210;
    private readonly Dictionary<string, int> hues = new(StringComparer.Ordinal);

    public OutletHues(ImmutableArray<string> outlets)
    {
        foreach (var outlet in outlets)
        {
            hues.TryAdd(outlet, (int)Math.Round((FirstHue + hues.Count * GoldenAngle) % 360));
        }
    }

    public int Of(string outlet)
    {
        if (hues.TryGetValue(outlet, out var hue))
        {
            return hue;
        }

        var hash = 2166136261u;
        foreach (var c in outlet)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % 360);
    }
}
