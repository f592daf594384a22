using System.Collections.Frozen;
using System.Text;

namespace Parallax.Extraction.Input;

/// <summary>
/// Bounds how deep an HTML page nests before it reaches the HTML parser, whose tree construction costs time
/// quadratic in the depth (100,000 nested &lt;div&gt;s take minutes). One linear pass follows the stack of open
/// elements roughly as the HTML tree builder does (void elements, raw-text elements, comments, end tags that close
/// open children, scope boundaries, elements that close an open &lt;p&gt; or an element of their own name) and drops
/// start tags that would open deeper than the limit, with their end tags. Only tags are dropped, never text, so a
/// page nested absurdly deep still yields its words; pages within the limit are returned unchanged.
/// </summary>
internal static class MarkupNesting
{
    private static readonly FrozenSet<string> NotCounted = FrozenSet.Create(StringComparer.Ordinal,
        "area", "base", "br", "col", "embed", "hr", "img", "image", "input", "link", "meta", "source", "track", "wbr", "param",
        "keygen", "frame", "basefont", "bgsound", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody",
        "tfoot", "rb", "rt", "rtc", "rp", "colgroup", "caption", "html", "head", "body");

    private static readonly FrozenSet<string> RawText = FrozenSet.Create(StringComparer.Ordinal,
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript");

    private static readonly FrozenSet<string> ScopeBoundaries = FrozenSet.Create(StringComparer.Ordinal,
        "table", "template", "object", "applet", "marquee", "svg", "math");

    // Start tags of these close an open element of the same name instead of nesting inside it.
    private static readonly FrozenSet<string> SelfClosingByName = FrozenSet.Create(StringComparer.Ordinal,
        "a", "nobr", "button", "form", "select");

    // Start tags of these close an open <p> (the tree builder's "close a p element").
    private static readonly FrozenSet<string> ClosesParagraph = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "main", "menu",
        "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "listing", "search", "li", "dd", "dt", "hr", "xmp");

    /// <summary>
    /// <paramref name="html"/> with start tags beyond <paramref name="maxDepth"/> open elements removed (and their
    /// end tags); <paramref name="dropped"/> counts the removed start tags.
    /// </summary>
    public static string Limit(string html, int maxDepth, out int dropped)
    {
        var state = new State(html, maxDepth);
        state.Run();
        dropped = state.Dropped;
        return state.Output is null ? html : state.Output.Append(html, state.CopiedUpTo, html.Length - state.CopiedUpTo).ToString();
    }

    private sealed class State(string html, int maxDepth)
    {
        private readonly List<(string Name, bool Kept)> stack = [];
        private readonly Dictionary<string, Stack<int>> positions = new(StringComparer.Ordinal);
        private readonly Stack<int> boundaries = new();
        private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
        private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> nameLookup;
        private int kept;
        private int foreign;

        public StringBuilder? Output { get; private set; }

        public int CopiedUpTo { get; private set; }

        public int Dropped { get; private set; }

        public void Run()
        {
            nameLookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
            var i = 0;
            while (i < html.Length)
            {
                var lt = html.IndexOf('<', i);
                if (lt < 0 || lt + 1 >= html.Length)
                {
                    return;
                }

                var next = html[lt + 1];
                if (next == '!')
                {
                    i = html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal) ? After(html.IndexOf("-->", lt + 4, StringComparison.Ordinal), 3) : After(html.IndexOf('>', lt), 1);
                }
                else if (next == '?')
                {
                    i = After(html.IndexOf('>', lt), 1);
                }
                else if (next == '/' && lt + 2 < html.Length && char.IsAsciiLetter(html[lt + 2]))
                {
                    var name = Name(lt + 2, out var nameEnd);
                    var end = After(html.IndexOf('>', nameEnd), 1);
                    EndTag(name, lt, end);
                    i = end;
                }
                else if (char.IsAsciiLetter(next))
                {
                    var name = Name(lt + 1, out var nameEnd);
                    var end = TagEnd(nameEnd, out var selfClosing);
                    if (name == "plaintext")
                    {
                        return; // Everything after it is text.
                    }

                    if (RawText.Contains(name))
                    {
                        var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                        i = close < 0 ? html.Length : close;
                        continue;
                    }

                    StartTag(name, lt, end, selfClosing);
                    i = end;
                }
                else
                {
                    i = lt + 1;
                }
            }
        }

        private int After(int index, int length) => index < 0 ? html.Length : index + length;

        private string Name(int start, out int end)
        {
            end = start;
            var lower = true;
            while (end < html.Length && !char.IsWhiteSpace(html[end]) && html[end] is not ('/' or '>'))
            {
                lower &= !char.IsAsciiLetterUpper(html[end]);
                end++;
            }

            // Names repeat thousands of times in a page: look them up rather than allocate each one.
            var span = html.AsSpan(start, end - start);
            if (!lower)
            {
                span = span.ToString().ToLowerInvariant();
            }

            if (nameLookup.TryGetValue(span, out var name))
            {
                return name;
            }

            name = span.ToString();
            names[name] = name;
            return name;
        }

        // Attribute values in quotes may hold '>'; quotes only open a value right after '='.
        private int TagEnd(int start, out bool selfClosing)
        {
            selfClosing = false;
            var j = start;
            while (true)
            {
                var k = html.AsSpan(j).IndexOfAny('>', '=');
                if (k < 0)
                {
                    return html.Length;
                }

                k += j;
                if (html[k] == '>')
                {
                    selfClosing = k > start && html[k - 1] == '/';
                    return k + 1;
                }

                j = k + 1;
                while (j < html.Length && char.IsWhiteSpace(html[j]))
                {
                    j++;
                }

                if (j < html.Length && html[j] is '"' or '\'')
                {
                    var close = html.IndexOf(html[j], j + 1);
                    if (close < 0)
                    {
                        return html.Length;
                    }

                    j = close + 1;
                }
            }
        }

        private void StartTag(string name, int start, int end, bool selfClosing)
        {
            if (ClosesParagraph.Contains(name) && IsOpenInScope("p"))
            {
                PopThrough("p");
            }

            if (NotCounted.Contains(name) || (selfClosing && foreign > 0))
            {
                return;
            }

            if (SelfClosingByName.Contains(name) && IsOpenInScope(name))
            {
                PopThrough(name);
            }

            var keep = kept < maxDepth;
            if (!keep)
            {
                Drop(start, end);
            }

            Push(name, keep);
        }

        private void EndTag(string name, int start, int end)
        {
            if (!IsOpenInScope(name))
            {
                return; // The tree builder ignores it too; left as written.
            }

            if (!PopThrough(name))
            {
                Drop(start, end);
            }
        }

        private bool IsOpenInScope(string name) =>
            positions.TryGetValue(name, out var at) && at.Count > 0 && (boundaries.Count == 0 || at.Peek() >= boundaries.Peek());

        private void Push(string name, bool keep)
        {
            if (!positions.TryGetValue(name, out var at))
            {
                at = new Stack<int>();
                positions[name] = at;
            }

            at.Push(stack.Count);
            if (ScopeBoundaries.Contains(name))
            {
                boundaries.Push(stack.Count);
            }

            if (name is "svg" or "math")
            {
                foreign++;
            }

            stack.Add((name, keep));
            if (keep)
            {
                kept++;
            }
        }

        // Pops open elements down to and including the topmost <paramref name="name"/>; whether that one was kept.
        private bool PopThrough(string name)
        {
            while (stack.Count > 0)
            {
                var index = stack.Count - 1;
                var (top, keep) = stack[index];
                stack.RemoveAt(index);
                positions[top].Pop();
                if (boundaries.Count > 0 && boundaries.Peek() == index)
                {
                    boundaries.Pop();
                }

                if (top is "svg" or "math")
                {
                    foreign--;
                }

                if (keep)
                {
                    kept--;
                }

                if (top == name)
                {
                    return keep;
                }
            }

            return true;
        }

        private void Drop(int start, int end)
        {
            Output ??= new StringBuilder(html.Length);
            Output.Append(html, CopiedUpTo, start - CopiedUpTo);
            CopiedUpTo = end;
            Dropped++;
        }
    }
}
