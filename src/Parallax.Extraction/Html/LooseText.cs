using AngleSharp.Dom;

namespace Parallax.Extraction.Html;

/// <summary>
/// The paragraphs an element holds outside any paragraph element: runs of text and inline elements between its
/// block children and &lt;br&gt;s (<c>&lt;td&gt;Meaning: …&lt;br&gt;&lt;br&gt;Etymology: …&lt;/td&gt;</c>). Older and
/// hand-written pages set their whole article that way; readability wraps such runs in paragraphs before scoring.
/// </summary>
internal static class LooseText
{
    /// <summary>Calls <paramref name="visit"/> with the measure of each run of <paramref name="element"/>'s own inline text.</summary>
    public static void ForEachRun<TState>(IElement element, ElementMeasures measures, TState state, Action<TextMeasure, TState> visit)
    {
        var run = default(TextMeasure);
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IElement inline)
            {
                if (inline.LocalName == "br" || BlockCollector.IsBlock(inline.LocalName))
                {
                    Flush(ref run, state, visit);
                    continue;
                }

                var measure = measures[inline];
                run = run.Append(inline.LocalName == "a" ? measure with { LinkChars = measure.LinkChars + measure.Length } : measure);
            }
            else if (child.NodeType == NodeType.Text)
            {
                run = run.Append(TextMeasure.Of(child.TextContent));
            }
        }

        Flush(ref run, state, visit);
    }

    private static void Flush<TState>(ref TextMeasure run, TState state, Action<TextMeasure, TState> visit)
    {
        if (run.Visible > 0)
        {
            visit(run, state);
        }

        run = default;
    }
}
