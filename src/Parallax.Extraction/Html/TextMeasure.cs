namespace Parallax.Extraction.Html;

/// <summary>
/// The text of a node (its <c>TextContent</c>) measured without building it: the length the white-space-collapsed
/// text would have (<see cref="Metadata.WhiteSpace.Collapse"/>), the raw length, the commas, and the collapsed
/// length of the text inside links and of the paragraphs below it. Measures of adjacent texts combine, so one
/// bottom-up pass measures every element of a tree.
/// </summary>
internal readonly record struct TextMeasure
{
    /// <summary>Characters of the raw text.</summary>
    public int Raw { get; init; }

    /// <summary>Characters that are not white space.</summary>
    public int Visible { get; init; }

    /// <summary>Runs of white space between visible characters (each becomes one space when collapsed).</summary>
    public int Gaps { get; init; }

    /// <summary>White space before the first visible character (or anywhere, when there is none).</summary>
    public bool LeadingSpace { get; init; }

    /// <summary>White space after the last visible character.</summary>
    public bool TrailingSpace { get; init; }

    public int Commas { get; init; }

    /// <summary>Collapsed length of the text of the descendant anchors (the element itself not counted).</summary>
    public int LinkChars { get; init; }

    /// <summary>Collapsed length of the descendant p, pre and blockquote elements of a paragraph's length.</summary>
    public int ParagraphChars { get; init; }

    /// <summary>The length of the collapsed text.</summary>
    public int Length => Visible + Gaps;

    /// <summary>Share of the collapsed text inside links, at most 1.</summary>
    public double LinkDensity => Length == 0 ? 0 : Math.Min(1.0, (double)LinkChars / Length);

    /// <summary>Collapsed characters outside links.</summary>
    public int UnlinkedChars => Math.Max(0, Length - LinkChars);

    /// <summary>Measures a text node's data.</summary>
    public static TextMeasure Of(string text)
    {
        int visible = 0, gaps = 0, commas = 0;
        bool leading = false, pending = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                if (visible == 0)
                {
                    leading = true;
                }
                else
                {
                    pending = true;
                }

                continue;
            }

            if (pending)
            {
                gaps++;
                pending = false;
            }

            visible++;
            if (c == ',')
            {
                commas++;
            }
        }

        return new TextMeasure
        {
            Raw = text.Length, Visible = visible, Gaps = gaps, LeadingSpace = leading, TrailingSpace = pending, Commas = commas,
        };
    }

    /// <summary>The measure of this text followed by <paramref name="next"/>.</summary>
    public TextMeasure Append(TextMeasure next)
    {
        var sums = this with
        {
            Raw = Raw + next.Raw,
            Commas = Commas + next.Commas,
            LinkChars = LinkChars + next.LinkChars,
            ParagraphChars = ParagraphChars + next.ParagraphChars,
        };
        if (Visible == 0)
        {
            var leading = LeadingSpace || next.LeadingSpace;
            return sums with
            {
                Visible = next.Visible,
                Gaps = next.Gaps,
                LeadingSpace = leading,
                TrailingSpace = next.Visible == 0 ? leading : next.TrailingSpace,
            };
        }

        if (next.Visible == 0)
        {
            return sums with { TrailingSpace = TrailingSpace || next.LeadingSpace };
        }

        return sums with
        {
            Visible = Visible + next.Visible,
            Gaps = Gaps + next.Gaps + (TrailingSpace || next.LeadingSpace ? 1 : 0),
            TrailingSpace = next.TrailingSpace,
        };
    }
}
