using System.Collections.Immutable;
using System.Text;

namespace Parallax.Extraction.Evaluation;

/// <summary>
/// Scores an extractor on the trafilatura evaluation set as trafilatura's own benchmark does: white space in the
/// extracted text and in each snippet is folded (every run of white space becomes one space, ends trimmed), then
/// each snippet is looked for as an ordinal substring. Counts are summed over all pages before precision, recall
/// and F1 are taken. Stateless and thread-safe.
/// </summary>
public static class SnippetScorer
{
    /// <summary>Scores <paramref name="extract"/> (HTML in, main text out) over every page of the data set.</summary>
    public static SnippetScore Score(SnippetDataset dataset, Func<string, string> extract)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(extract);
        var counts = default(SnippetCounts);
        var scored = 0;
        var skipped = ImmutableArray.CreateBuilder<SkippedPage>();
        var failures = ImmutableArray.CreateBuilder<SkippedPage>();
        foreach (var page in dataset.Pages)
        {
            var read = dataset.ReadPage(page);
            if (read.Html is null)
            {
                skipped.Add(new SkippedPage(page.File, read.Problem ?? "unreadable"));
                continue;
            }

            string? text;
            try
            {
                text = extract(read.Html);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // As in trafilatura's benchmark, an extractor that fails on a page has extracted nothing from it.
                failures.Add(new SkippedPage(page.File, $"{e.GetType().Name}: {e.Message}"));
                text = null;
            }

            counts += Count(page, text);
            scored++;
        }

        return new SnippetScore(scored, counts, skipped.ToImmutable(), failures.ToImmutable());
    }

    /// <summary>The snippet outcomes for one page given its extracted text (null: nothing extracted).</summary>
    public static SnippetCounts Count(SnippetPage page, string? extracted)
    {
        ArgumentNullException.ThrowIfNull(page);
        var text = FoldWhiteSpace(extracted ?? "");
        var found = page.With.Count(s => Contains(text, s));
        var leaked = page.Without.Count(s => Contains(text, s));
        return new SnippetCounts(found, page.With.Length - found, leaked, page.Without.Length - leaked);
    }

    /// <summary>
    /// Python's <c>re.sub(r"\s+", " ", text).strip()</c>: runs of Unicode white space (including no-break space and
    /// the separators U+001C..U+001F that Python counts as white space) become one space; ends are trimmed.
    /// </summary>
    public static string FoldWhiteSpace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsPythonWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // An empty snippet would be "found" in any text; trafilatura's data validation forbids them, so it never counts.
    private static bool Contains(string foldedText, string snippet)
    {
        var folded = FoldWhiteSpace(snippet);
        return folded.Length > 0 && foldedText.Contains(folded, StringComparison.Ordinal);
    }

    private static bool IsPythonWhiteSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';
}
