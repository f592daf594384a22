using System.Collections.Immutable;
using System.Globalization;
using Parallax.Core.Annotations;
using Parallax.Core.Reports;
using Parallax.Reporting.Model;

namespace Parallax.Reporting.Markdown;

/// <summary>Writes one story's sections as Markdown, citing each sentence as "Outlet ¶n".</summary>
internal sealed class MarkdownStoryRenderer(TextWriter writer, ReportIndex index)
{
    public void Render(StoryEntry entry)
    {
        var report = entry.Report;
        writer.Write($"---\n\n## Story: {MarkdownText.Escape(entry.Story.Title)}\n\n");
        writer.Write($"_{Numbers.Count(entry.Articles.Length, "article", "articles")} · {Numbers.Count(entry.Sources.Length, "outlet", "outlets")}: {MarkdownText.Escape(string.Join(", ", entry.Sources))}_\n\n");
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
    }

    private void Summary(StoryReport report)
    {
        if (Heading("Summary", report.Summary.Length))
        {
            return;
        }

        var number = 1;
        foreach (var line in report.Summary)
        {
            var citations = line.ArticleIds
                .Select(id => Cite(id, index.SourceOf(id), index.ParagraphCarrying(report, line, id)))
                .DefaultIfEmpty(Cite(line.Origin.ArticleId, line.Origin.Source, line.Origin.Paragraph));
            Line($"{number++}. {MarkdownText.Escape(line.Text)} [{string.Join("; ", citations)}]\n");
        }

        writer.Write('\n');
    }

    private void Timeline(StoryReport report)
    {
        if (Heading("Timeline", report.Timeline.Length))
        {
            return;
        }

        writer.Write("| Date | What the articles say | Outlets |\n|---|---|---|\n");
        foreach (var line in report.Timeline)
        {
            var citations = line.ArticleIds.Select(id => Cite(id, index.SourceOf(id), index.FindParagraph(id, line.Text)));
            writer.Write($"| {MarkdownText.Escape(CalendarText.Readable(line.Date))} | {MarkdownText.Escape(line.Text)} | {string.Join("; ", citations)} |\n");
        }

        writer.Write('\n');
    }

    private void Facts(StoryReport report)
    {
        if (Heading("Facts", report.Facts.Length))
        {
            return;
        }

        FactList("Reported by several outlets", [.. report.Facts.Where(f => f.Sources.Length > 1)]);
        FactList("Reported by one outlet only", [.. report.Facts.Where(f => f.Sources.Length <= 1)]);
    }

    private void FactList(string title, ImmutableArray<Fact> facts)
    {
        if (facts.IsEmpty)
        {
            return;
        }

        Line($"#### {title} ({facts.Length})\n\n");
        foreach (var fact in facts)
        {
            var citations = fact.Statements.Select(s => Cite(s.ArticleId, s.Source, s.Paragraph));
            writer.Write($"- ({Numbers.Count(fact.Sources.Length, "outlet", "outlets")}) {MarkdownText.Escape(fact.Text)} [{string.Join("; ", citations)}]\n");
            if (fact.Statements.Length > 1)
            {
                foreach (var statement in fact.Statements)
                {
                    writer.Write($"  - {MarkdownText.Escape(statement.Source)}: {MarkdownText.Escape(statement.Text)}\n");
                }
            }
        }

        writer.Write('\n');
    }

    private void Conflicts(StoryReport report)
    {
        if (Heading("Conflicts", report.Conflicts.Length))
        {
            return;
        }

        foreach (var conflict in report.Conflicts)
        {
            writer.Write($"#### {MarkdownText.Escape(conflict.About)}\n\n| Outlet | Value | Sentence | Where |\n|---|---|---|---|\n");
            foreach (var claim in conflict.Claims)
            {
                writer.Write(
                    $"| {MarkdownText.Escape(claim.Source)} | {MarkdownText.Escape(claim.Value)} | " +
                    $"{MarkdownText.Bold(claim.Text, Spans.Find(claim.Text, claim.Value))} | " +
                    $"{Cite(claim.ArticleId, claim.Source, claim.Sentence.Paragraph)} |\n");
            }

            writer.Write('\n');
        }
    }

    private void QuoteVariants(StoryReport report)
    {
        if (Heading("Quote variants", report.QuoteVariants.Length))
        {
            return;
        }

        writer.Write("Words the other versions lack are in bold.\n\n");
        foreach (var group in report.QuoteVariants)
        {
            writer.Write($"#### {MarkdownText.Escape(group.Speaker)}\n\n");
            foreach (var variant in group.Variants)
            {
                var where = Cite(variant.ArticleId, variant.Source, index.FindParagraph(variant.ArticleId, variant.Text));
                writer.Write($"- {MarkdownText.Escape(variant.Source)}: “{MarkdownText.Bold(variant.Text, variant.Differences)}” [{where}]\n");
            }

            writer.Write('\n');
        }
    }

    private void SharedWordings(StoryReport report)
    {
        if (Heading("Sentences shared word for word", report.SharedWordings.Length))
        {
            return;
        }

        writer.Write("Sentences two or more outlets carry in the same words: wire copy taken verbatim or lightly edited. Words the other copies lack are in bold.\n\n");
        foreach (var wording in report.SharedWordings)
        {
            var how = wording.Verbatim ? "Verbatim" : "Lightly edited";
            var origin = wording.OriginArticleId is { } id ? $", first published by {MarkdownText.Escape(index.SourceOf(id))}" : "";
            Line($"- {how} in {Numbers.Count(wording.Sources.Length, "outlet", "outlets")}{origin}:\n");
            foreach (var copy in wording.Sentences)
            {
                var sentence = copy.Sentence;
                writer.Write($"  - {MarkdownText.Escape(sentence.Source)}: {MarkdownText.Bold(sentence.Text, copy.Differences)} [{Cite(sentence.ArticleId, sentence.Source, sentence.Paragraph)}]\n");
            }
        }

        writer.Write('\n');
    }

    private void Quotes(StoryEntry entry)
    {
        var report = entry.Report;
        if (Heading("Quotes and paraphrases", report.Quotes.Length + report.Paraphrases.Length))
        {
            return;
        }

        writer.Write("| Speaker | Statement | Kind | Where | Carried by |\n|---|---|---|---|---|\n");
        foreach (var quote in report.Quotes.Concat(report.Paraphrases))
        {
            var indirect = quote.Kind == AttributionKind.Indirect;
            // A paraphrase is the outlet's wording: it is never put in quotation marks.
            var statement = indirect ? MarkdownText.Escape(quote.Text) : $"“{MarkdownText.Escape(quote.Text)}”";
            var kind = indirect ? "paraphrase" : EnumNames.Words(quote.Kind) + " quote";
            writer.Write($"| {MarkdownText.Escape(quote.Speaker ?? "unknown speaker")} | {statement} | {kind} | {Cite(quote.ArticleId, quote.Source, quote.Paragraph)} | {QuoteReach.Describe(entry, quote)} |\n");
        }

        writer.Write('\n');
    }

    private void Voices(StoryEntry entry)
    {
        var voices = entry.Report.Voices;
        if (Heading("Voices", voices.Length))
        {
            return;
        }

        var outlets = Columns(entry.Sources, voices.Select(v => v.Source));
        var cells = new Dictionary<(string Speaker, string Source), (int Quotes, int Paraphrases)>();
        foreach (var voice in voices)
        {
            var current = cells.GetValueOrDefault((voice.Speaker, voice.Source));
            cells[(voice.Speaker, voice.Source)] = (current.Quotes + voice.Quotes, current.Paraphrases + voice.Paraphrases);
        }

        writer.Write("Quotes / paraphrases per speaker and outlet.\n\n");
        TableHeader("Speaker", outlets);
        foreach (var speaker in voices.Select(v => v.Speaker).Distinct(StringComparer.Ordinal))
        {
            writer.Write($"| {MarkdownText.Escape(speaker)} |");
            foreach (var outlet in outlets)
            {
                if (cells.TryGetValue((speaker, outlet), out var count))
                {
                    Line($" {count.Quotes} / {count.Paraphrases} |");
                }
                else
                {
                    writer.Write("  |");
                }
            }

            writer.Write('\n');
        }

        writer.Write('\n');
    }

    private void Terms(StoryReport report)
    {
        if (Heading("Words each outlet leans on", report.Terms.Length))
        {
            return;
        }

        foreach (var outlet in report.Terms.Select(t => t.Source).Distinct(StringComparer.Ordinal))
        {
            writer.Write($"#### {MarkdownText.Escape(outlet)}\n\n");
            foreach (var term in report.Terms.Where(t => t.Source == outlet))
            {
                Line($"- **{MarkdownText.Escape(term.Term)}** (×{term.Count}, z {term.ZScore:0.0})\n");
                foreach (var sentence in term.Sentences)
                {
                    writer.Write($"  - {MarkdownText.Bold(sentence.Text, Spans.Find(sentence.Text, term.Term))} [{Cite(sentence.ArticleId, sentence.Source, sentence.Paragraph)}]\n");
                }
            }

            writer.Write('\n');
        }
    }

    private void Framing(StoryReport report)
    {
        if (Heading("How each outlet attributes and words it", report.Framing.Length))
        {
            return;
        }

        foreach (var outlet in report.Framing.Select(t => t.Source).Distinct(StringComparer.Ordinal))
        {
            writer.Write($"#### {MarkdownText.Escape(outlet)}\n\n");
            foreach (var use in report.Framing.Where(t => t.Source == outlet).Select(t => t.Use).Distinct())
            {
                writer.Write($"- {FramingLabels.Of(use)}:\n");
                foreach (var word in report.Framing.Where(t => t.Source == outlet && t.Use == use))
                {
                    Line($"  - **{MarkdownText.Escape(word.Word)}** (×{word.Count})\n");
                    foreach (var sentence in word.Sentences)
                    {
                        writer.Write($"    - {MarkdownText.Bold(sentence.Text, Spans.Find(sentence.Text, word.Word))} [{Cite(sentence.ArticleId, sentence.Source, sentence.Paragraph)}]\n");
                    }
                }
            }

            writer.Write('\n');
        }
    }

    private void Coverage(StoryEntry entry)
    {
        var rows = entry.Report.Coverage;
        if (Heading("Coverage", rows.Length))
        {
            return;
        }

        var outlets = Columns(entry.Sources, rows.SelectMany(r => r.Sources));
        TableHeader("Item | Kind", outlets, extraColumns: 1);
        foreach (var row in rows)
        {
            writer.Write($"| {MarkdownText.Escape(row.Item)} | {EnumNames.Words(row.Kind)} |");
            foreach (var outlet in outlets)
            {
                writer.Write(row.Sources.Contains(outlet, StringComparer.Ordinal) ? " ✓ |" : "  |");
            }

            writer.Write('\n');
        }

        writer.Write('\n');
    }

    private void LeftOut(StoryEntry entry)
    {
        var omissions = Omissions.Of(entry);
        if (Heading("What each outlet leaves out", omissions.Length))
        {
            return;
        }

        foreach (var (source, missing) in omissions)
        {
            writer.Write($"#### {MarkdownText.Escape(source)}\n\n");
            foreach (var row in missing)
            {
                Line($"- {EnumNames.Words(row.Kind)}: {MarkdownText.Escape(row.Item)} (reported by {MarkdownText.Escape(string.Join(", ", row.Sources))})\n");
            }

            writer.Write('\n');
        }
    }

    private void Entities(StoryReport report)
    {
        if (Heading("Entities", report.Entities.Length))
        {
            return;
        }

        writer.Write("| Name | Kind | Also called | Roles | Outlets | Mentions |\n|---|---|---|---|---|---|\n");
        foreach (var entity in report.Entities)
        {
            var aliases = MarkdownText.Escape(string.Join(", ", entity.Aliases));
            var roles = MarkdownText.Escape(string.Join("; ", entity.Roles));
            var sources = MarkdownText.Escape(string.Join(", ", entity.Sources));
            Line($"| {MarkdownText.Escape(entity.Name)} | {EnumNames.Words(entity.Kind)} | {aliases} | {roles} | {sources} | {entity.Mentions} |\n");
        }

        writer.Write('\n');
    }

    private void TableHeader(string first, ImmutableArray<string> outlets, int extraColumns = 0)
    {
        writer.Write($"| {first} |");
        foreach (var outlet in outlets)
        {
            writer.Write($" {MarkdownText.Escape(outlet)} |");
        }

        writer.Write("\n|");
        for (var i = 0; i < outlets.Length + 1 + extraColumns; i++)
        {
            writer.Write("---|");
        }

        writer.Write('\n');
    }

    /// <summary>Writes the heading, or the heading and "None found." when the section is empty; true when empty.</summary>
    private bool Heading(string title, int count)
    {
        writer.Write($"### {title}\n\n");
        if (count == 0)
        {
            writer.Write("_None found._\n\n");
        }

        return count == 0;
    }

    private void Line(FormattableString text) => writer.Write(text.ToString(CultureInfo.InvariantCulture));

    private static string Cite(string articleId, string source, int paragraph) =>
        paragraph < 0
            ? $"{MarkdownText.Escape(source)} ({articleId})"
            : string.Create(CultureInfo.InvariantCulture, $"{MarkdownText.Escape(source)} ¶{paragraph + 1}");

    private static ImmutableArray<string> Columns(ImmutableArray<string> storySources, IEnumerable<string> sectionSources) =>
        [.. storySources.Concat(sectionSources).Distinct(StringComparer.Ordinal)];
}
