using System.Collections.Immutable;
using Parallax.Core.Articles;
using Parallax.Extraction.Metadata;
using Parallax.Extraction.Text;

namespace Parallax.Extraction.Html;

/// <summary>
/// Puts back the short blocks of the chosen container that the text cleaner set aside as fragments although they
/// lie outside the run of body paragraphs: subheadings and lead-in lines above the first paragraph, lists and
/// closing lines after the last one. The cleaner keeps such blocks only between body paragraphs because pasted
/// text puts furniture at the edges; in HTML the container was chosen by structure already, and its short blocks
/// are mostly the article's own headings and lists. Blocks the cleaner removed for a reason (links, appeals, ads)
/// stay out, and so does a heading or "…:" line whose following text was removed ("Related articles:"); such a
/// line between body paragraphs is taken out of the body too when what it heads was removed as links or furniture.
/// </summary>
internal static class EdgeFragments
{
    private const double MaxLinkDensity = 0.5;
    private const int MaxHeadChars = 60;

    private enum Kind
    {
        Body,
        Fragment,
        Removed,
        Other,
    }

    /// <summary>The cleaned content with the edge fragments of <paramref name="units"/> restored to the body, in page order.</summary>
    public static CleanedText Restore(IReadOnlyList<TextUnit> units, CleanedText content)
    {
        if (content.Body.IsEmpty)
        {
            // No body: the container is no article, and its fragments are no better evidence of one.
            return content;
        }

        var removedAt = new int[units.Count];
        var kinds = Classify(units, content, removedAt);
        if (kinds is null)
        {
            return content;
        }

        var first = Array.IndexOf(kinds, Kind.Body);
        var last = Array.LastIndexOf(kinds, Kind.Body);
        var keep = new bool[units.Count];
        var followedByText = false;
        for (var i = units.Count - 1; i >= 0; i--)
        {
            // A heading or "…:" line heads what follows it: kept only when what follows is kept text.
            var edge = i < first || i > last;
            keep[i] = edge && kinds[i] == Kind.Fragment && (followedByText || !Introduces(units[i]));
            if (kinds[i] == Kind.Body || keep[i])
            {
                followedByText = true;
            }
            else if (kinds[i] == Kind.Removed)
            {
                followedByText = false;
            }
        }

        var heads = HeadsOfRemoved(units, kinds, removedAt, content);
        if (!keep.Contains(true) && Array.TrueForAll(heads, static head => head is null))
        {
            return content;
        }

        var body = ImmutableArray.CreateBuilder<string>();
        var removed = ImmutableArray.CreateBuilder<RemovedBlock>();
        for (var i = 0; i < units.Count; i++)
        {
            if (heads[i] is { } reason)
            {
                removed.Add(new RemovedBlock(units[i].Text, reason));
            }
            else if (kinds[i] == Kind.Body || keep[i])
            {
                body.Add(WhiteSpace.Collapse(units[i].Text));
            }
            else if (removedAt[i] >= 0)
            {
                removed.Add(content.Removed[removedAt[i]]);
            }
        }

        return content with { Body = body.ToImmutable(), Removed = removed.ToImmutable() };
    }

    // A short heading or "…:" line kept in the body whose next block was removed as furniture heads that furniture
    // ("Read more:", "Related articles"), not the article; it goes out with the reason of what it heads.
    private static RemovalReason?[] HeadsOfRemoved(IReadOnlyList<TextUnit> units, Kind[] kinds, int[] removedAt, CleanedText content)
    {
        var heads = new RemovalReason?[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            if (kinds[i] != Kind.Body || units[i].Text.Length > MaxHeadChars || !Introduces(units[i]))
            {
                continue;
            }

            var next = i + 1;
            while (next < units.Count && kinds[next] == Kind.Other)
            {
                next++;
            }

            if (next < units.Count && kinds[next] == Kind.Removed && removedAt[next] >= 0
                && content.Removed[removedAt[next]].Reason is RemovalReason.Related or RemovalReason.Navigation
                    or RemovalReason.Share or RemovalReason.Newsletter or RemovalReason.Advertisement)
            {
                heads[i] = content.Removed[removedAt[next]].Reason;
            }
        }

        return heads;
    }

    // Matches the cleaner's output to the units in order; null when it cannot (then the cleaner's result stands).
    // removedAt[i] is the index in content.Removed of unit i's removed block, or -1.
    private static Kind[]? Classify(IReadOnlyList<TextUnit> units, CleanedText content, int[] removedAt)
    {
        var kinds = new Kind[units.Count];
        var nextBody = 0;
        var nextRemoved = 0;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            kinds[i] = Kind.Other;
            removedAt[i] = -1;
            if (nextBody < content.Body.Length && content.Body[nextBody] == WhiteSpace.Collapse(unit.Text))
            {
                kinds[i] = Kind.Body;
                nextBody++;
            }
            else if (nextRemoved < content.Removed.Length && content.Removed[nextRemoved].Text == unit.Text)
            {
                removedAt[i] = nextRemoved;
                var fragment = content.Removed[nextRemoved++].Reason == RemovalReason.Fragment;
                kinds[i] = fragment && IsKeepable(unit) ? Kind.Fragment : Kind.Removed;
            }
        }

        return nextBody == content.Body.Length && nextRemoved == content.Removed.Length ? kinds : null;
    }

    // Two words at least: a lone word at the edge is a label ("Share", "Tags") more often than text. More digits
    // than letters is a date or time stamp ("12.03.2022, 08:30 Uhr"), which is page metadata, not body.
    private static bool IsKeepable(TextUnit unit)
    {
        if (unit.LinkDensity >= MaxLinkDensity || !unit.Text.AsSpan().Trim().Contains(' '))
        {
            return false;
        }

        var letters = 0;
        var digits = 0;
        foreach (var c in unit.Text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
            digits += char.IsDigit(c) ? 1 : 0;
        }

        return letters > digits;
    }

    private static bool Introduces(TextUnit unit) => unit.IsHeading || unit.Text.TrimEnd().EndsWith(':');
}
