using System.Collections.Immutable;
using Parallax.Core.Articles;
using Parallax.Core.Text;

namespace Parallax.Language.Quotes.Evaluation;

/// <summary>
/// A corpus text read as an article: its non-blank lines, trimmed, become the paragraphs. Offsets map both ways
/// between the corpus text (where the gold spans are) and the article text (where the pipeline's spans are).
/// </summary>
public sealed class CorpusArticle
{
    private readonly ImmutableArray<int> lineStarts;

    private CorpusArticle(Article article, ImmutableArray<int> lineStarts)
    {
        Article = article;
        this.lineStarts = lineStarts;
    }

    /// <summary>The article whose paragraphs are the text's non-blank lines.</summary>
    public Article Article { get; }

    /// <summary>Reads <paramref name="text"/> (named <paramref name="name"/>) as an article.</summary>
    public static CorpusArticle From(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var starts = ImmutableArray.CreateBuilder<int>();
        var body = new List<string>();
        for (var at = 0; at < text.Length;)
        {
            var end = text.IndexOf('\n', at);
            end = end < 0 ? text.Length : end;
            var line = text[at..end];
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                starts.Add(at + line.IndexOf(trimmed, StringComparison.Ordinal));
                body.Add(trimmed);
            }

            at = end + 1;
        }

        var article = new Article { Id = name, Path = name, Source = "corpus", Body = [.. body] };
        return new CorpusArticle(article, starts.ToImmutable());
    }

    /// <summary>An article span in the corpus text's offsets; null for a missing or empty span.</summary>
    public TextSpan? ToText(TextSpan? span) =>
        span is { Length: > 0 } s ? TextSpan.FromBounds(TextOffset(s.Start), TextOffset(s.End - 1) + 1) : null;

    /// <summary>A corpus text span in the article's offsets (white space between lines falls to the next paragraph); null when it lies outside every paragraph.</summary>
    public TextSpan? ToArticle(TextSpan span)
    {
        var spans = Article.ParagraphSpans;
        int? start = null, end = null;
        for (var k = 0; k < spans.Length; k++)
        {
            var from = Math.Max(span.Start, lineStarts[k]);
            var to = Math.Min(span.End, lineStarts[k] + spans[k].Length);
            if (from >= to)
            {
                continue;
            }

            start ??= spans[k].Start + (from - lineStarts[k]);
            end = spans[k].Start + (to - lineStarts[k]);
        }

        return start is { } s && end is { } e ? TextSpan.FromBounds(s, e) : null;
    }

    private int TextOffset(int offset)
    {
        var spans = Article.ParagraphSpans;
        var k = spans.Length - 1;
        while (k > 0 && spans[k].Start > offset)
        {
            k--;
        }

        return lineStarts[k] + Math.Min(offset - spans[k].Start, spans[k].Length);
    }
}
