using System.Collections.Immutable;
using System.Globalization;
using Parallax.Core.Annotations;
using Parallax.Core.Reports;
using Parallax.Reporting.Model;

namespace Parallax.Reporting.Html;

/// <summary>Renders one story: its summary, timeline and every comparison section, each claim citing its paragraph.</summary>
internal sealed class HtmlStoryRenderer(HtmlOutput html, ReportIndex index)
{
    public void Render(StoryEntry entry)
    {
        var story = entry.Story;
        var report = entry.Report;
        html.Raw("<section class=\"story\" id=\"").Attr(Anchors.Story(story.Id)).Raw("\">\n<h2>").Text(story.Title).Raw("</h2>\n");
        html.Raw("<p class=\"meta\">").Number(entry.Articles.Length).Raw(entry.Articles.Length == 1 ? " article" : " articles")
            .Raw(" · ").Number(entry.Sources.Length).Raw(entry.Sources.Length == 1 ? " outlet " : " outlets ");
        foreach (var source in entry.Sources)
        {
            html.Chip(source);
        }

        html.Raw("</p>\n");
        Summary(report);
        Timeline(report);
        Facts(report);
        Conflicts(report);
        QuoteVariants(report);
        SharedWordings(report);
        Quotes(entry);
        Voices(entry);
        Terms(report);
        Framing(report);
        Coverage(entry);
        LeftOut(entry);
        Entities(report);
        html.Raw("</section>\n");
    }

    private void Summary(StoryReport report)
    {
        Heading("Summary", "Sentences taken verbatim from the articles; each chip links to a paragraph that carries it.");
        if (None(report.Summary.Length))
        {
            return;
        }

        html.Raw("<ol class=\"summary\">\n");
        foreach (var line in report.Summary)
        {
            html.Raw("<li>").Text(line.Text).Raw(" ");
            var cited = false;
            foreach (var articleId in line.ArticleIds)
            {
                var paragraph = index.ParagraphCarrying(report, line, articleId);
                html.Cite(articleId, index.SourceOf(articleId), paragraph);
                cited |= articleId == line.Origin.ArticleId;
            }

            if (!cited)
            {
                html.Cite(line.Origin.ArticleId, line.Origin.Source, line.Origin.Paragraph);
            }

            html.Raw("</li>\n");
        }

        html.Raw("</ol>\n");
    }

    private void Timeline(StoryReport report)
    {
        Heading("Timeline", null);
        if (None(report.Timeline.Length))
        {
            return;
        }

        html.Raw("<div class=\"scroll\"><table class=\"timeline\"><thead><tr><th>Date</th><th>What the articles say</th><th>Outlets</th></tr></thead><tbody>\n");
        foreach (var line in report.Timeline)
        {
            html.Raw("<tr><td><time title=\"").Attr(line.Date).Raw("\">").Text(CalendarText.Readable(line.Date)).Raw("</time></td><td>").Text(line.Text).Raw("</td><td>");
            CiteAll(line.ArticleIds, line.Text);
            html.Raw("</td></tr>\n");
        }

        html.Raw("</tbody></table></div>\n");
    }

    private void Facts(StoryReport report)
    {
        Heading("Facts", "Statements aligned across outlets: what several outlets agree on, then what only one reports.");
        if (None(report.Facts.Length))
        {
            return;
        }

        var shared = report.Facts.Where(f => f.Sources.Length > 1).ToImmutableArray();
        var single = report.Facts.Where(f => f.Sources.Length <= 1).ToImmutableArray();
        FactList("Reported by several outlets", shared, "");
        FactList("Reported by one outlet only", single, " single");
    }

    private void FactList(string title, ImmutableArray<Fact> facts, string badgeClass)
    {
        if (facts.IsEmpty)
        {
            return;
        }

        html.Raw("<h4>").Text(title).Raw(" (").Number(facts.Length).Raw(")</h4>\n<ul class=\"facts\">\n");
        foreach (var fact in facts)
        {
            html.Raw("<li><span class=\"badge").Raw(badgeClass).Raw("\">").Number(fact.Sources.Length)
                .Raw(fact.Sources.Length == 1 ? " outlet" : " outlets").Raw("</span> ").Text(fact.Text).Raw(" ");
            foreach (var statement in fact.Statements)
            {
                html.Cite(statement.ArticleId, statement.Source, statement.Paragraph);
            }

            if (fact.Statements.Length > 1)
            {
                html.Raw("\n<details><summary>How each outlet puts it</summary><ul>\n");
                foreach (var statement in fact.Statements)
                {
                    html.Raw("<li>").Text(statement.Text).Raw(" ")
                        .Cite(statement.ArticleId, statement.Source, statement.Paragraph).Raw("</li>\n");
                }

                html.Raw("</ul></details>");
            }

            html.Raw("</li>\n");
        }

        html.Raw("</ul>\n");
    }

    private void Conflicts(StoryReport report)
    {
        Heading("Conflicts", "Outlets that give different numbers, counts, durations or dates for the same thing.");
        if (None(report.Conflicts.Length))
        {
            return;
        }

        foreach (var conflict in report.Conflicts)
        {
            html.Raw("<h4>").Text(conflict.About).Raw("</h4>\n<div class=\"sides\">\n");
            foreach (var claim in conflict.Claims)
            {
                html.Raw("<div class=\"side\">").Chip(claim.Source).Raw(" <strong>").Text(claim.Value).Raw("</strong><p>")
                    .Marked(claim.Text, Spans.Find(claim.Text, claim.Value)).Raw("</p>")
                    .Cite(claim.ArticleId, claim.Source, claim.Sentence.Paragraph).Raw("</div>\n");
            }

            html.Raw("</div>\n");
        }
    }

    private void QuoteVariants(StoryReport report)
    {
        Heading("Quote variants", "The same statement quoted in different words; words the other versions lack are marked.");
        if (None(report.QuoteVariants.Length))
        {
            return;
        }

        foreach (var group in report.QuoteVariants)
        {
            html.Raw("<h4>").Text(group.Speaker).Raw("</h4>\n<div class=\"sides\">\n");
            foreach (var variant in group.Variants)
            {
                html.Raw("<div class=\"side\">").Chip(variant.Source).Raw("<blockquote>“")
                    .Marked(variant.Text, variant.Differences).Raw("”</blockquote>")
                    .Cite(variant.ArticleId, variant.Source, index.FindParagraph(variant.ArticleId, variant.Text)).Raw("</div>\n");
            }

            html.Raw("</div>\n");
        }
    }

    private void SharedWordings(StoryReport report)
    {
        Heading("Sentences shared word for word", "Sentences two or more outlets carry in the same words: wire copy taken verbatim or lightly edited; words the other copies lack are marked.");
        if (None(report.SharedWordings.Length))
        {
            return;
        }

        foreach (var wording in report.SharedWordings)
        {
            html.Raw("<h4>").Text(wording.Verbatim ? "Verbatim" : "Lightly edited").Raw(" in ").Number(wording.Sources.Length).Raw(" outlets");
            if (wording.OriginArticleId is { } origin)
            {
                html.Raw(", first published by ").Text(index.SourceOf(origin));
            }

            html.Raw("</h4>\n<div class=\"sides\">\n");
            foreach (var copy in wording.Sentences)
            {
                var sentence = copy.Sentence;
                html.Raw("<div class=\"side\">").Chip(sentence.Source).Raw("<p>").Marked(sentence.Text, copy.Differences).Raw("</p>")
                    .Cite(sentence.ArticleId, sentence.Source, sentence.Paragraph).Raw("</div>\n");
            }

            html.Raw("</div>\n");
        }
    }

    private void Quotes(StoryEntry entry)
    {
        var report = entry.Report;
        Heading("Quotes and paraphrases", "Quotes are the speaker's words as the outlet prints them; paraphrases are the outlet's words and are never shown in quotation marks.");
        if (None(report.Quotes.Length + report.Paraphrases.Length))
        {
            return;
        }

        html.Raw("<div class=\"scroll\"><table class=\"quotes\"><thead><tr><th>Speaker</th><th>Statement</th><th>Kind</th><th>Outlet</th><th>Carried by</th></tr></thead><tbody>\n");
        foreach (var quote in report.Quotes.Concat(report.Paraphrases))
        {
            html.Raw("<tr><td>").Text(quote.Speaker ?? "unknown speaker").Raw("</td><td>");
            if (quote.Kind == AttributionKind.Indirect)
            {
                html.Raw("<span class=\"para\">").Text(quote.Text).Raw("</span>");
            }
            else
            {
                html.Raw("“").Text(quote.Text).Raw("”");
            }

            html.Raw("</td><td>").Text(quote.Kind == AttributionKind.Indirect ? "paraphrase" : EnumNames.Words(quote.Kind) + " quote")
                .Raw("</td><td>").Cite(quote.ArticleId, quote.Source, quote.Paragraph).Raw("</td><td>").Text(QuoteReach.Describe(entry, quote)).Raw("</td></tr>\n");
        }

        html.Raw("</tbody></table></div>\n");
    }

    private void Voices(StoryEntry entry)
    {
        var voices = entry.Report.Voices;
        Heading("Voices", "Who each outlet lets speak: quotes / paraphrases per speaker.");
        if (None(voices.Length))
        {
            return;
        }

        var outlets = Columns(entry.Sources, voices.Select(v => v.Source));
        var speakers = voices.Select(v => v.Speaker).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var cells = new Dictionary<(string Speaker, string Source), (int Quotes, int Paraphrases)>();
        foreach (var voice in voices)
        {
            var key = (voice.Speaker, voice.Source);
            var current = cells.GetValueOrDefault(key);
            cells[key] = (current.Quotes + voice.Quotes, current.Paraphrases + voice.Paraphrases);
        }

        html.Raw("<div class=\"scroll\"><table class=\"voices\"><thead><tr><th>Speaker</th>");
        foreach (var outlet in outlets)
        {
            html.Raw("<th>").Chip(outlet).Raw("</th>");
        }

        html.Raw("</tr></thead><tbody>\n");
        foreach (var speaker in speakers)
        {
            html.Raw("<tr><td>").Text(speaker).Raw("</td>");
            foreach (var outlet in outlets)
            {
                html.Raw("<td class=\"c\">");
                if (cells.TryGetValue((speaker, outlet), out var count))
                {
                    html.Number(count.Quotes).Raw(" / ").Number(count.Paraphrases);
                }

                html.Raw("</td>");
            }

            html.Raw("</tr>\n");
        }

        html.Raw("</tbody></table></div>\n");
    }

    private void Terms(StoryReport report)
    {
        Heading("Words each outlet leans on", "Terms an outlet uses markedly more than the others in this story, with the sentences behind them.");
        if (None(report.Terms.Length))
        {
            return;
        }

        html.Raw("<div class=\"terms\">\n");
        foreach (var outlet in report.Terms.Select(t => t.Source).Distinct(StringComparer.Ordinal))
        {
            html.Raw("<div class=\"side\">").Chip(outlet).Raw("\n");
            foreach (var term in report.Terms.Where(t => t.Source == outlet))
            {
                WordWithSentences(term.Term, term.Count, ", z " + term.ZScore.ToString("0.0", CultureInfo.InvariantCulture), term.Sentences);
            }

            html.Raw("</div>\n");
        }

        html.Raw("</div>\n");
    }

    private void Framing(StoryReport report)
    {
        Heading(
            "How each outlet attributes and words it",
            "The verbs each outlet attributes statements with (those that judge, such as “claimed”, apart), and the evaluative or loaded words it uses in its own voice apart from those it only quotes.");
        if (None(report.Framing.Length))
        {
            return;
        }

        html.Raw("<div class=\"terms\">\n");
        foreach (var outlet in report.Framing.Select(t => t.Source).Distinct(StringComparer.Ordinal))
        {
            html.Raw("<div class=\"side\">").Chip(outlet).Raw("\n");
            foreach (var use in report.Framing.Where(t => t.Source == outlet).Select(t => t.Use).Distinct())
            {
                html.Raw("<p class=\"meta\">").Text(FramingLabels.Of(use)).Raw("</p>\n");
                foreach (var word in report.Framing.Where(t => t.Source == outlet && t.Use == use))
                {
                    WordWithSentences(word.Word, word.Count, "", word.Sentences);
                }
            }

            html.Raw("</div>\n");
        }

        html.Raw("</div>\n");
    }

    /// <summary>A word an outlet uses, how often (and <paramref name="note"/>), opening to the sentences behind it with the word marked.</summary>
    private void WordWithSentences(string word, int count, string note, ImmutableArray<SourceSentence> sentences)
    {
        html.Raw("<details><summary><strong>").Text(word).Raw("</strong> <span class=\"meta\">×").Number(count)
            .Text(note).Raw("</span></summary><ul>\n");
        foreach (var sentence in sentences)
        {
            html.Raw("<li>").Marked(sentence.Text, Spans.Find(sentence.Text, word)).Raw(" ")
                .Cite(sentence.ArticleId, sentence.Source, sentence.Paragraph).Raw("</li>\n");
        }

        html.Raw("</ul></details>\n");
    }

    private void LeftOut(StoryEntry entry)
    {
        var omissions = Omissions.Of(entry);
        Heading(
            "What each outlet leaves out",
            "People, organisations, places, voices and facts other outlets report and this one does not (with three or more outlets: reported by at least two others).");
        if (None(omissions.Length))
        {
            return;
        }

        html.Raw("<div class=\"terms\">\n");
        foreach (var (source, missing) in omissions)
        {
            html.Raw("<div class=\"side\">").Chip(source).Raw("<ul>\n");
            foreach (var row in missing)
            {
                html.Raw("<li><span class=\"meta\">").Text(EnumNames.Words(row.Kind)).Raw("</span> ").Text(row.Item).Raw(" ");
                foreach (var other in row.Sources)
                {
                    html.Chip(other);
                }

                html.Raw("</li>\n");
            }

            html.Raw("</ul></div>\n");
        }

        html.Raw("</div>\n");
    }

    private void Coverage(StoryEntry entry)
    {
        var rows = entry.Report.Coverage;
        Heading("Coverage", "Which outlets mention each person, organisation, place and fact.");
        if (None(rows.Length))
        {
            return;
        }

        var outlets = Columns(entry.Sources, rows.SelectMany(r => r.Sources));
        html.Raw("<div class=\"scroll\"><table class=\"coverage\"><thead><tr><th>Item</th><th>Kind</th>");
        foreach (var outlet in outlets)
        {
            html.Raw("<th>").Chip(outlet).Raw("</th>");
        }

        html.Raw("</tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            html.Raw("<tr><td>").Text(row.Item).Raw("</td><td>").Text(EnumNames.Words(row.Kind)).Raw("</td>");
            foreach (var outlet in outlets)
            {
                html.Raw(row.Sources.Contains(outlet, StringComparer.Ordinal)
                    ? "<td class=\"c yes\" title=\"mentioned\">✓</td>"
                    : "<td class=\"c\"></td>");
            }

            html.Raw("</tr>\n");
        }

        html.Raw("</tbody></table></div>\n");
    }

    private void Entities(StoryReport report)
    {
        Heading("Entities", "People, organisations and places, merged across spellings.");
        if (None(report.Entities.Length))
        {
            return;
        }

        html.Raw("<div class=\"scroll\"><table class=\"entities\"><thead><tr><th>Name</th><th>Kind</th><th>Also called</th><th>Roles</th><th>Outlets</th><th>Mentions</th></tr></thead><tbody>\n");
        foreach (var entity in report.Entities)
        {
            html.Raw("<tr><td>").Text(entity.Name).Raw("</td><td>").Text(EnumNames.Words(entity.Kind)).Raw("</td><td>")
                .Text(string.Join(", ", entity.Aliases)).Raw("</td><td>").Text(string.Join("; ", entity.Roles)).Raw("</td><td>");
            foreach (var source in entity.Sources)
            {
                html.Chip(source);
            }

            html.Raw("</td><td class=\"c\">").Number(entity.Mentions).Raw("</td></tr>\n");
        }

        html.Raw("</tbody></table></div>\n");
    }

    private void CiteAll(ImmutableArray<string> articleIds, string text)
    {
        foreach (var articleId in articleIds)
        {
            html.Cite(articleId, index.SourceOf(articleId), index.FindParagraph(articleId, text));
        }
    }

    private void Heading(string title, string? note)
    {
        html.Raw("<h3>").Text(title).Raw("</h3>\n");
        if (note is not null)
        {
            html.Raw("<p class=\"meta\">").Text(note).Raw("</p>\n");
        }
    }

    private bool None(int count)
    {
        if (count == 0)
        {
            html.Raw("<p class=\"none\">None found.</p>\n");
        }

        return count == 0;
    }

    /// <summary>The story's outlets, then any outlet only the section names, in first-seen order.</summary>
    private static ImmutableArray<string> Columns(ImmutableArray<string> storySources, IEnumerable<string> sectionSources) =>
        [.. storySources.Concat(sectionSources).Distinct(StringComparer.Ordinal)];
}
