using System.Globalization;
using System.Text;

namespace Parallax.Tests.Shared;

/// <summary>
/// Writes a BRAT standoff annotation (the layout of PolNeAR's <c>.ann</c> files) for a text the test wrote: each span is
/// named by its phrase and found in the text, so its offsets are computed rather than typed, and no annotation file
/// stands in the tests as a literal.
/// </summary>
internal sealed class BratFixture(string text)
{
    private readonly StringBuilder lines = new();
    private int spans;
    private int events;

    /// <summary>A <c>T</c> line labelling the first occurrence of <paramref name="phrase"/>; returns its id ("T3").</summary>
    public string Span(string label, string phrase)
    {
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{phrase}' is not in the fixture text.", nameof(phrase));
        }

        var id = "T" + (++spans).ToString(CultureInfo.InvariantCulture);
        lines.Append(CultureInfo.InvariantCulture, $"{id}\t{label} {start} {start + phrase.Length}\t{phrase}\n");
        return id;
    }

    /// <summary>An <c>E</c> line: an attribution triggered by <paramref name="trigger"/> with its role arguments, in the order given.</summary>
    public void Attribution(string trigger, params (string Role, string Id)[] arguments)
    {
        lines.Append(CultureInfo.InvariantCulture, $"E{++events}\tAttribution:{trigger}");
        foreach (var (role, id) in arguments)
        {
            lines.Append(CultureInfo.InvariantCulture, $" {role}:{id}");
        }

        lines.Append('\n');
    }

    /// <summary>The annotation file's text.</summary>
    public override string ToString() => lines.ToString();
}
