using System.Globalization;
using Parallax.Core.Articles;
using Parallax.Reporting.Model;

namespace Parallax.Reporting.Html;

/// <summary>
/// Renders an article as a card: metadata, numbered body paragraphs with the citation anchors
/// <c>a-{articleId}-p{n}</c>, captions, and the removed page text for auditing the cleaning.
/// </summary>
internal sealed class HtmlArticleRenderer(HtmlOutput html, ReportIndex index)
{
    public void Render(Article article)
    {
        html.Raw("<article class=\"card\" id=\"").Attr(Anchors.Article(article.Id)).Raw("\">\n").Chip(article.Source);
        html.Raw("<h4>").Text(article.Title ?? "(untitled)").Raw("</h4>\n<p class=\"meta\">");
        var parts = new List<string>(5);
        if (!string.IsNullOrWhiteSpace(article.Author))
        {
            parts.Add("By " + article.Author);
        }

        if (article.Published is { } published)
        {
            parts.Add(published.ToString("yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture));
        }

        if (article.Updated is { } updated)
        {
            parts.Add("updated " + updated.ToString("yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrWhiteSpace(article.Language))
        {
            parts.Add("language " + article.Language);
        }

        parts.Add(article.Body.Length + (article.Body.Length == 1 ? " paragraph" : " paragraphs"));
        html.Text(string.Join(" · ", parts)).Raw("</p>\n");
        if (!string.IsNullOrWhiteSpace(article.Url))
        {
            // Shown as text, not a link: the report stays offline and never points the reader's browser elsewhere.
            html.Raw("<p class=\"url\">").Text(article.Url).Raw("</p>\n");
        }

        if (index.CopyOf(article.Id) is { } link)
        {
            var original = index.FindArticle(link.OriginalId);
            html.Raw("<p class=\"copy\">Near-duplicate: copy of ");
            if (original is null)
            {
                html.Text("article " + link.OriginalId);
            }
            else
            {
                html.Raw("<a href=\"#").Attr(Anchors.Article(link.OriginalId)).Raw("\">")
                    .Text($"{original.Source} — {original.Title ?? "(untitled)"}").Raw("</a>");
            }

            html.Raw(" (").Text(Numbers.Percent(link.Similarity)).Raw(" similar)</p>\n");
        }

        html.Raw("<div class=\"body\">\n");
        for (var i = 0; i < article.Body.Length; i++)
        {
            html.Raw("<p id=\"").Attr(Anchors.Paragraph(article.Id, i)).Raw("\">").Text(article.Body[i]).Raw("</p>\n");
        }

        html.Raw("</div>\n");
        if (!article.Captions.IsEmpty)
        {
            html.Raw("<div class=\"captions\"><strong>Captions</strong><ul>\n");
            foreach (var caption in article.Captions)
            {
                html.Raw("<li>").Text(caption).Raw("</li>\n");
            }

            html.Raw("</ul></div>\n");
        }

        html.Raw("<details class=\"audit\"><summary>Removed boilerplate (audit): ").Number(article.Removed.Length)
            .Raw(article.Removed.Length == 1 ? " block" : " blocks").Raw("</summary>\n");
        if (article.Removed.IsEmpty)
        {
            html.Raw("<p class=\"none\">Nothing was removed.</p>\n");
        }
        else
        {
            html.Raw("<ul>\n");
            foreach (var block in article.Removed)
            {
                html.Raw("<li><span class=\"reason\">").Text(EnumNames.Words(block.Reason)).Raw("</span>").Text(block.Text).Raw("</li>\n");
            }

            html.Raw("</ul>\n");
        }

        html.Raw("</details>\n</article>\n");
    }
}
