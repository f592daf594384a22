using System.Globalization;

namespace Parallax.Cli.Commands;

/// <summary>Reads <c>--interval</c> values: a number with a unit, <c>s</c>, <c>m</c>, <c>h</c> or <c>d</c> ("90s", "15m", "1.5h"); a bare number is minutes.</summary>
internal static class WatchInterval
{
    /// <summary>The shortest interval accepted: polling faster than this only burdens the sites.</summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromSeconds(10);

    public static bool TryParse(string? text, out TimeSpan interval, out string? problem)
    {
        interval = default;
        problem = null;
        var value = text?.Trim().ToLowerInvariant() ?? "";
        var unit = value.Length > 0 && char.IsAsciiLetter(value[^1]) ? value[^1] : 'm';
        var number = char.IsAsciiLetter(unit) && value.Length > 0 && char.IsAsciiLetter(value[^1]) ? value[..^1] : value;
        var scale = unit switch
        {
            's' => 1.0,
            'm' => 60.0,
            'h' => 3600.0,
            'd' => 86_400.0,
            _ => double.NaN,
        };
        if (double.IsNaN(scale) || !double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
            || !double.IsFinite(amount) || amount * scale > TimeSpan.FromDays(365).TotalSeconds)
        {
            problem = $"--interval: \"{text}\" is not a duration such as 90s, 15m, 2h or 1d";
            return false;
        }

        interval = TimeSpan.FromSeconds(amount * scale);
        if (interval < Minimum)
        {
            problem = $"--interval: {text} is shorter than the minimum of {Minimum.TotalSeconds:0} s";
            return false;
        }

        return true;
    }
}
