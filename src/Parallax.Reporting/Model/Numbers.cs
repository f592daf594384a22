using System.Globalization;

namespace Parallax.Reporting.Model;

/// <summary>Numbers as report text, culture-independent.</summary>
internal static class Numbers
{
    /// <summary>A 0..1 ratio as a whole percentage ("97%"), or "?" when it is not a number.</summary>
    public static string Percent(double ratio) =>
        double.IsFinite(ratio) ? Math.Round(ratio * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "?";

    /// <summary>A count with its noun, singular or plural ("1 story", "3 stories").</summary>
    public static string Count(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
