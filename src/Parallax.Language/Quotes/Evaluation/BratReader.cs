using System.Collections.Immutable;
using System.Globalization;
using Parallax.Core.Text;

namespace Parallax.Language.Quotes.Evaluation;

/// <summary>
/// Reads BRAT standoff annotation (<c>.ann</c>) for attribution: <c>T</c> lines label a span Source, Cue or Content
/// (a discontinuous span, "10 20;25 40", is taken from its first start to its last end), <c>E</c> lines tie an
/// Attribution's Source, Cue and Content. BRAT offsets count Unicode code points; they are turned into UTF-16
/// indexes of the text.
/// </summary>
public static class BratReader
{
    /// <summary>Reads the annotation <paramref name="annotation"/> of <paramref name="text"/>.</summary>
    /// <exception cref="InvalidDataException">A line is malformed or a span lies outside the text (the message names <paramref name="name"/> and the line).</exception>
    public static AttributionDocument Read(string name, string text, string annotation)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(annotation);
        var index = CodePointIndex(text);
        var spans = new Dictionary<string, (string Label, TextSpan Span)>(StringComparer.Ordinal);
        var events = new List<string[]>();
        var lineNumber = 0;
        foreach (var line in annotation.Split('\n'))
        {
            lineNumber++;
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields[0].StartsWith('T') && fields.Length >= 2)
            {
                spans[fields[0]] = ParseSpan(fields[1], index, text.Length, name, lineNumber);
            }
            else if (fields[0].StartsWith('E') && fields.Length >= 2)
            {
                events.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        ImmutableArray<TextSpan> Labelled(string label) =>
            [.. spans.Values.Where(s => s.Label == label).Select(s => s.Span).Order()];

        var attributions = ImmutableArray.CreateBuilder<GoldAttribution>();
        foreach (var roles in events)
        {
            TextSpan? Role(string role) =>
                roles.Select(r => r.Split(':')).FirstOrDefault(r => r.Length == 2 && r[0] == role) is { } found
                && spans.TryGetValue(found[1], out var span) ? span.Span : null;
            attributions.Add(new GoldAttribution(Role("Source"), Role("Cue"), Role("Content")));
        }

        return new AttributionDocument(name, text, Labelled("Source"), Labelled("Cue"), Labelled("Content"), attributions.ToImmutable());
    }

    private static (string Label, TextSpan Span) ParseSpan(string field, int[] index, int length, string name, int line)
    {
        var space = field.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            throw new InvalidDataException($"{name}:{line}: a span line without offsets.");
        }

        var label = field[..space];
        int start = int.MaxValue, end = -1;
        foreach (var fragment in field[(space + 1)..].Split(';'))
        {
            var bounds = fragment.Split(' ');
            if (bounds.Length != 2
                || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                || !int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
                || from > to || to >= index.Length)
            {
                throw new InvalidDataException($"{name}:{line}: offsets '{fragment}' are not a span of the text.");
            }

            start = Math.Min(start, index[from]);
            end = Math.Max(end, index[to]);
        }

        return (label, TextSpan.FromBounds(start, Math.Min(end, length)));
    }

    // The UTF-16 index of each code point offset, one more for the end of the text.
    private static int[] CodePointIndex(string text)
    {
        var index = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            index.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        index.Add(text.Length);
        return [.. index];
    }
}
