using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Articles;
using Parallax.Core.Pipeline;
using Parallax.Core.Stories;
using Parallax.Core.Text;

namespace Parallax.Comparison.Tests.Text;

/// <summary>
/// Builds annotated documents for tests without the Language annotators: sentences split naively after
/// terminal punctuation, word tokens on letter/digit runs, attributions placed by hand.
/// </summary>
internal static class TestDocuments
{
    public static Document FromParagraphs(string source, params string[] paragraphs) =>
        FromParagraphs(source, null, paragraphs);

    public static Document FromParagraphs(string source, DateTimeOffset? published, params string[] paragraphs)
    {
        var article = new Article
        {
            Id = ArticleIdentity.Compute(paragraphs),
            Path = source + ".txt",
            Source = source,
            Body = [.. paragraphs],
            Published = published,
        };
        return Annotate(article);
    }

    /// <summary>A seed article from samples/ by its number ("000"); the outlet is named after the file.</summary>
    public static Document Seed(string number)
    {
        var path = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), number + "_*.txt").Single();
        var paragraphs = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        return FromParagraphs("outlet" + number, paragraphs);
    }

    public static StoryContext Story(IEnumerable<Document> documents, IEnumerable<Document>? related = null)
    {
        var members = documents.ToImmutableArray();
        var story = new Story("s1", "test story", "l1", [.. members.Select(d => d.Article.Id)]);
        return new StoryContext(story, members, []) { RelatedDocuments = [.. related ?? []] };
    }

    /// <summary>Adds an attribution whose content is the first occurrence of <paramref name="content"/>.</summary>
    public static Document WithQuote(Document document, string content, AttributionKind kind, string speaker)
    {
        var start = document.Text.IndexOf(content, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{content}' is not in the document.", nameof(content));
        }

        var attribution = new Attribution(kind, new TextSpan(start, content.Length), null, null, null, speaker);
        return document with
        {
            Attributions = [.. document.Attributions.Add(attribution).OrderBy(a => a.Content.Start)],
            Layers = document.Layers | AnnotationLayers.Attributions,
        };
    }

    private static Document Annotate(Article article)
    {
        var text = article.Text;
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        for (var p = 0; p < article.ParagraphSpans.Length; p++)
        {
            var span = article.ParagraphSpans[p];
            var start = span.Start;
            for (var i = span.Start; i < span.End; i++)
            {
                if (text[i] is not ('.' or '!' or '?'))
                {
                    continue;
                }

                var end = i + 1;
                while (end < span.End && text[end] is '"' or '\u201D' or '\u2019')
                {
                    end++;
                }

                if (end == span.End || (char.IsWhiteSpace(text[end]) && end + 1 < span.End
                        && (char.IsUpper(text[end + 1]) || text[end + 1] is '"' or '\u201C')))
                {
                    sentences.Add(new Sentence(TextSpan.FromBounds(start, end), p));
                    start = end;
                    while (start < span.End && char.IsWhiteSpace(text[start]))
                    {
                        start++;
                    }

                    i = start - 1;
                }
            }

            if (start < span.End)
            {
                sentences.Add(new Sentence(TextSpan.FromBounds(start, span.End), p));
            }
        }

        var built = sentences.ToImmutable();
        var tokens = ImmutableArray.CreateBuilder<Token>();
        for (var s = 0; s < built.Length; s++)
        {
            var span = built[s].Span;
            var i = span.Start;
            while (i < span.End)
            {
                if (!char.IsLetterOrDigit(text[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < span.End && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(TextSpan.FromBounds(start, i), text[start..i], s));
            }
        }

        return new Document(article)
        {
            Sentences = built,
            Tokens = tokens.ToImmutable(),
            Layers = AnnotationLayers.Sentences | AnnotationLayers.Tokens,
        };
    }
}
