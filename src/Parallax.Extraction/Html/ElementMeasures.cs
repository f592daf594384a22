using AngleSharp.Dom;

namespace Parallax.Extraction.Html;

/// <summary>
/// The <see cref="TextMeasure"/> of elements, computed on demand and remembered, instead of rebuilding and
/// collapsing each candidate's <c>TextContent</c>: measuring an element reuses the remembered measures of the
/// elements below it, so measuring a whole tree is one bottom-up pass. Before an element is removed from the tree,
/// <see cref="Forget"/> drops the remembered measures of its ancestors, whose text changes; every other measure
/// stays valid. Walks with an explicit stack, so deep nesting cannot exhaust the call stack. One instance serves
/// one extraction (not thread-safe; it lives no longer than the document it measures).
/// </summary>
internal sealed class ElementMeasures
{
    private const int MinParagraphChars = 25;

    private readonly Dictionary<IElement, TextMeasure> measures;
    private readonly Stack<Frame> stack = new();

    /// <param name="capacity">How many elements are expected to be measured.</param>
    public ElementMeasures(int capacity = 0)
    {
        measures = new Dictionary<IElement, TextMeasure>(capacity, ReferenceEqualityComparer.Instance);
    }

    /// <summary>The measure of <paramref name="element"/>'s text.</summary>
    public TextMeasure this[IElement element] => measures.TryGetValue(element, out var measure) ? measure : Compute(element);

    /// <summary>Forgets the measures that change when <paramref name="element"/> leaves the tree: its ancestors'.</summary>
    public void Forget(IElement element)
    {
        for (var node = element.ParentElement; node is not null; node = node.ParentElement)
        {
            measures.Remove(node);
        }
    }

    private TextMeasure Compute(IElement root)
    {
        stack.Push(new Frame(root));
        while (true)
        {
            var frame = stack.Pop();
            var children = frame.Element.ChildNodes;
            var descended = false;
            while (frame.Next < children.Length)
            {
                var child = children[frame.Next++];
                if (child is IElement element)
                {
                    if (measures.TryGetValue(element, out var known))
                    {
                        frame.Measure = frame.Measure.Append(AsChild(element, known));
                        continue;
                    }

                    stack.Push(frame);
                    stack.Push(new Frame(element));
                    descended = true;
                    break;
                }

                if (child.NodeType == NodeType.Text)
                {
                    frame.Measure = frame.Measure.Append(TextMeasure.Of(child.TextContent));
                }
            }

            if (descended)
            {
                continue;
            }

            measures[frame.Element] = frame.Measure;
            if (stack.Count == 0)
            {
                return frame.Measure;
            }

            var parent = stack.Pop();
            parent.Measure = parent.Measure.Append(AsChild(frame.Element, frame.Measure));
            stack.Push(parent);
        }
    }

    // What an element adds to its parent: its text, and itself as a link or as a paragraph.
    private static TextMeasure AsChild(IElement element, TextMeasure measure)
    {
        var length = measure.Length;
        return element.LocalName switch
        {
            "a" => measure with { LinkChars = measure.LinkChars + length },
            "p" or "pre" or "blockquote" when length >= MinParagraphChars =>
                measure with { ParagraphChars = measure.ParagraphChars + length },
            _ => measure,
        };
    }

    private struct Frame(IElement element)
    {
        public IElement Element { get; } = element;

        public int Next { get; set; }

        public TextMeasure Measure { get; set; }
    }
}
