using System.Text;
using AngleSharp.Dom;
using Parallax.Extraction.Metadata;
using Parallax.Extraction.Text;

namespace Parallax.Extraction.Html;

/// <summary>
/// Turns an element's subtree into text units: block-level elements and &lt;br&gt; end a unit, inline text joins it.
/// Records each unit's link density and whether it was a heading.
/// </summary>
internal sealed class BlockCollector
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "header", "footer", "aside",
        "nav", "address", "hr", "center", "details", "summary", "form", "fieldset",
    };

    private readonly List<TextUnit> units = [];
    private readonly StringBuilder current = new();
    private int visibleChars;
    private int linkChars;
    private int anchorDepth;
    private bool heading;

    /// <summary>Whether an element of this tag name ends a unit (and so a run of inline text).</summary>
    public static bool IsBlock(string localName) => BlockTags.Contains(localName);

    /// <summary>Whether any child of <paramref name="element"/> is a block (so its text is more than one unit).</summary>
    public static bool HasBlockChild(IElement element)
    {
        // By index: sibling links search the parent's child list.
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child && BlockTags.Contains(child.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    public static List<TextUnit> Collect(IElement root)
    {
        var collector = new BlockCollector();
        collector.Walk(root);
        collector.Flush();
        return collector.units;
    }

    private void Walk(INode node)
    {
        if (node.NodeType == NodeType.Text)
        {
            Append(node.TextContent);
            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        var name = element.LocalName;
        if (name == "br")
        {
            Flush();
            return;
        }

        var isBlock = BlockTags.Contains(name);
        if (isBlock)
        {
            Flush();
            heading = name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
        }

        var isAnchor = name == "a";
        if (isAnchor)
        {
            anchorDepth++;
        }

        foreach (var child in element.ChildNodes)
        {
            Walk(child);
        }

        if (isAnchor)
        {
            anchorDepth--;
        }

        if (isBlock)
        {
            Flush();
        }
    }

    private void Append(string text)
    {
        current.Append(text);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                visibleChars++;
                if (anchorDepth > 0)
                {
                    linkChars++;
                }
            }
        }
    }

    private void Flush()
    {
        if (visibleChars > 0)
        {
            var text = WhiteSpace.Collapse(current.ToString());
            units.Add(new TextUnit(text, (double)linkChars / visibleChars, heading));
        }

        current.Clear();
        visibleChars = 0;
        linkChars = 0;
        heading = false;
    }
}
