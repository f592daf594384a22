namespace Parallax.Extraction.Text;

/// <summary>Splits pasted page text into units: one per line, with hard-wrapped lines of one paragraph joined.</summary>
internal static class TextUnits
{
    private const int MinWrappedLineLength = 40;

    public static List<TextUnit> Split(string text)
    {
        var units = new List<TextUnit>();
        var previousNonBlank = false;
        var position = 0;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(position, end - position).Trim();
            position = end + 1;
            if (line.IsEmpty)
            {
                previousNonBlank = false;
                continue;
            }

            var current = line.ToString();
            if (previousNonBlank && units.Count > 0 && IsContinuation(units[^1].Text, current))
            {
                units[^1] = new TextUnit(units[^1].Text + " " + current);
            }
            else
            {
                units.Add(new TextUnit(current));
            }

            previousNonBlank = true;
        }

        return units;
    }

    // A paragraph hard-wrapped at a fixed width: the line stops mid-sentence and the next one goes on in lower case.
    private static bool IsContinuation(string previous, string next)
    {
        if (previous.Length < MinWrappedLineLength || !char.IsLower(next[0]))
        {
            return false;
        }

        var last = previous[^1];
        return !(last is '.' or '!' or '?' or ':' or ';' or '…' or ')' || UnitAnalyzer.IsQuote(last));
    }
}
