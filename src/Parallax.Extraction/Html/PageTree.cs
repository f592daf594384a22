using AngleSharp.Dom;

namespace Parallax.Extraction.Html;

/// <summary>
/// The elements below a root in document order, listed once, with the extent of each one's subtree, so removing an
/// element marks its whole subtree gone without walking ancestors to ask whether an element is still attached.
/// Removals go through <see cref="Remove"/>, which keeps <see cref="Measures"/> valid. One instance serves one
/// extraction.
/// </summary>
internal sealed class PageTree
{
    private readonly List<IElement> elements = [];
    private readonly List<int> ends = [];
    private readonly List<bool> gone = [];

    /// <summary>Lists the elements below <paramref name="root"/> (not the root itself).</summary>
    public PageTree(IElement root)
    {
        Root = root;
        var stack = new Stack<(IElement Element, int Index)>();
        PushChildren(stack, root);

        // Each element is pushed twice: to list it (Index -1) and, after its subtree, to close its extent.
        while (stack.Count > 0)
        {
            var (element, index) = stack.Pop();
            if (index >= 0)
            {
                ends[index] = elements.Count;
                continue;
            }

            stack.Push((element, elements.Count));
            elements.Add(element);
            ends.Add(0);
            gone.Add(false);
            PushChildren(stack, element);
        }

        Measures = new ElementMeasures(elements.Count);
    }

    /// <summary>The root the elements were listed under.</summary>
    public IElement Root { get; }

    /// <summary>How many elements were listed, removed ones included.</summary>
    public int Count => elements.Count;

    /// <summary>Text measures of the elements, kept valid through <see cref="Remove"/>.</summary>
    public ElementMeasures Measures { get; }

    /// <summary>The element at <paramref name="index"/> in document order.</summary>
    public IElement this[int index] => elements[index];

    /// <summary>The index just past the subtree of the element at <paramref name="index"/>: its descendants lie between.</summary>
    public int SubtreeEnd(int index) => ends[index];

    /// <summary>True while the element at <paramref name="index"/> and its ancestors are in the tree.</summary>
    public bool IsAttached(int index) => !gone[index];

    // Last child first, so the first comes off the stack first. By index: sibling links search the child list.
    private static void PushChildren(Stack<(IElement Element, int Index)> stack, IElement parent)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement child)
            {
                stack.Push((child, -1));
            }
        }
    }

    /// <summary>Removes the element at <paramref name="index"/> and marks its subtree gone.</summary>
    public void Remove(int index)
    {
        var element = elements[index];
        Measures.Forget(element);
        element.Remove();
        for (var i = index; i < ends[index]; i++)
        {
            gone[i] = true;
        }
    }
}
