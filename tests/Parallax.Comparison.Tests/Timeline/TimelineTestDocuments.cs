using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Articles;
using Parallax.Core.Pipeline;
using Parallax.Core.Stories;
using Parallax.Core.Text;
using Parallax.Language.Time;

namespace Parallax.Comparison.Tests.Timeline;

/// <summary>
/// Builds annotated documents for the timeline tests: sentences split by hand at ". " (the shared splitter is not
/// used here), time expressions from the tagger.
/// </summary>
internal static class TimelineTestDocuments
{
    public static Document Build(string id, string source, DateTimeOffset? published, params string[] paragraphs)
    {
        var article = new Article { Id = id, Path = id + ".txt", Source = source, Published = published, Body = [.. paragraphs] };
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        for (var p = 0; p < article.ParagraphSpans.Length; p++)
        {
            var paragraph = article.ParagraphSpans[p];
            var start = paragraph.Start;
            for (var i = paragraph.Start; i < paragraph.End; i++)
            {
                var last = i == paragraph.End - 1;
                if (last || (article.Text[i] is '.' or '!' or '?' && article.Text[i + 1] == ' '))
                {
                    sentences.Add(new Sentence(TextSpan.FromBounds(start, i + 1), p));
                    start = i + 2;
                    i++;
                }
            }
        }

        var document = new Document(article) { Sentences = sentences.ToImmutable(), Layers = AnnotationLayers.Sentences };
        return new TimeExpressionTagger().Annotate(document);
    }

    public static StoryContext Story(params Document[] documents) =>
        new(new Story("s1", "test", "l1", [.. documents.Select(d => d.Article.Id)]), [.. documents], []);
}
