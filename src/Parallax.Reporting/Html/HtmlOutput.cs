using System.Collections.Immutable;
using Parallax.Core.Text;
using Parallax.Reporting.Model;

namespace Parallax.Reporting.Html;

/// <summary>
/// Writes HTML fragments to a <see cref="TextWriter"/>. Every piece of text from the input goes through
/// <see cref="Text"/> or <see cref="Attr"/>; only the writers' own markup goes through <see cref="Raw"/>.
/// </summary>
internal sealed class HtmlOutput(TextWriter writer, OutletHues hues, ReportIndex index)
{
    public HtmlOutput Raw(string markup)
    {
        writer.Write(markup);
        return this;
    }

    /// <summary>Writes untrusted text as element content.</summary>
    public HtmlOutput Text(string? text) => Encode(text.AsSpan());

    /// <summary>Writes untrusted text as a double-quoted attribute value (the quotes are the caller's).</summary>
    public HtmlOutput Attr(string? text) => Encode(text.AsSpan());

    public HtmlOutput Number(int value)
    {
        writer.Write(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>An outlet name as a coloured chip.</summary>
    public HtmlOutput Chip(string source)
    {
        Raw("<span class=\"chip\" style=\"--h:").Number(hues.Of(source)).Raw("\">").Text(source).Raw("</span>");
        return this;
    }

    /// <summary>
    /// A citation chip linking to paragraph <paramref name="paragraph"/> of an article, or to its card when the
    /// paragraph is unknown; a plain chip when the article is not in the report, so no link ever dangles.
    /// </summary>
    public HtmlOutput Cite(string articleId, string source, int paragraph)
    {
        var article = index.FindArticle(articleId);
        if (article is null)
        {
            return Chip(source);
        }

        if (paragraph >= article.Body.Length)
        {
            paragraph = -1;
        }

        Raw("<a class=\"chip cite\" style=\"--h:").Number(hues.Of(source)).Raw("\" href=\"#")
            .Attr(Anchors.Paragraph(articleId, paragraph)).Raw("\" title=\"")
            .Attr(paragraph < 0 ? $"{source}: article" : $"{source}: paragraph {paragraph + 1}").Raw("\">")
            .Text(source);
        if (paragraph >= 0)
        {
            Raw(" <small>¶").Number(paragraph + 1).Raw("</small>");
        }

        return Raw("</a>");
    }

    /// <summary>Writes <paramref name="text"/> with the given spans wrapped in <c>&lt;mark&gt;</c>.</summary>
    public HtmlOutput Marked(string text, IEnumerable<TextSpan> spans)
    {
        ImmutableArray<TextSpan> marks = Spans.Normalize(spans, text.Length);
        var position = 0;
        foreach (var span in marks)
        {
            Encode(text.AsSpan(position, span.Start - position));
            Raw("<mark>");
            Encode(text.AsSpan(span.Start, span.Length));
            Raw("</mark>");
            position = span.End;
        }

        return Encode(text.AsSpan(position));
    }

    private HtmlOutput Encode(ReadOnlySpan<char> text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null)
            {
                continue;
            }

            writer.Write(text[start..i]);
            writer.Write(entity);
            start = i + 1;
        }

        writer.Write(text[start..]);
        return this;
    }
}
