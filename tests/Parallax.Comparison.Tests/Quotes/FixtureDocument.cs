using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Parallax.Core.Annotations;
using Parallax.Core.Articles;
using Parallax.Core.Pipeline;
using Parallax.Core.Stories;
using Parallax.Core.Text;

namespace Parallax.Comparison.Tests.Quotes;

/// <summary>
/// Builds annotated documents by hand for tests, standing in for the Language annotators: sentences split after
/// terminal punctuation, word tokens, entities and attributions located by their text.
/// </summary>
internal sealed partial class FixtureDocument
{
    private readonly Article article;
    private readonly List<Entity> entities = [];
    private readonly List<Attribution> attributions = [];

    private FixtureDocument(Article article) => this.article = article;

    public static FixtureDocument Create(string source, params string[] paragraphs) =>
        new(new Article
        {
            Id = source + ":" + ArticleIdentity.Compute(paragraphs),
            Path = source + ".txt",
            Source = source,
            Body = [.. paragraphs],
        });

    /// <summary>The five seed articles, one outlet each, paragraphs as the non-empty lines of the file.</summary>
    public static ImmutableArray<Document> Seeds()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples");
        return
        [
            .. Directory.GetFiles(folder, "*.txt")
                .Order(StringComparer.Ordinal)
                .Select(file => Create(
                        Path.GetFileNameWithoutExtension(file),
                        [.. File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0)])
                    .QuoteMarkedText()
                    .Build()),
        ];
    }

    public static StoryContext Story(params Document[] documents) =>
        new(new Story("s1", "story", "l1", [.. documents.Select(d => d.Article.Id)]), [.. documents], []);

    public FixtureDocument Entity(string id, string name, EntityKind kind, params string[] aliases)
    {
        entities.Add(new Entity(id, name, kind, [.. aliases], []));
        return this;
    }

    /// <summary>Adds an attribution whose content is the first occurrence of <paramref name="content"/>.</summary>
    public FixtureDocument Says(
        AttributionKind kind,
        string content,
        string? speaker,
        string? cue = null,
        string? entityId = null)
    {
        var start = article.Text.IndexOf(content, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{content}' is not in the fixture text");
        TextSpan? cueSpan = null;
        if (cue is not null)
        {
            var cueStart = article.Text.IndexOf(cue, StringComparison.Ordinal);
            Assert.True(cueStart >= 0, $"'{cue}' is not in the fixture text");
            cueSpan = new TextSpan(cueStart, cue.Length);
        }

        attributions.Add(new Attribution(kind, new TextSpan(start, content.Length), cueSpan, null, entityId, speaker));
        return this;
    }

    /// <summary>Marks every text between curly double quotes as a direct quote of an unknown speaker.</summary>
    public FixtureDocument QuoteMarkedText()
    {
        foreach (Match match in QuotedPattern().Matches(article.Text))
        {
            attributions.Add(new Attribution(
                AttributionKind.Direct,
                new TextSpan(match.Groups[1].Index, match.Groups[1].Length),
                null,
                null,
                null,
                null));
        }

        return this;
    }

    public Document Build()
    {
        var text = article.Text;
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        for (var p = 0; p < article.ParagraphSpans.Length; p++)
        {
            var paragraph = article.ParagraphSpans[p];
            var start = paragraph.Start;
            foreach (Match end in SentenceEndPattern().Matches(paragraph.Slice(text)))
            {
                var stop = paragraph.Start + end.Index + end.Length;
                sentences.Add(new Sentence(TextSpan.FromBounds(start, stop).Trimmed(text), p));
                start = stop;
            }

            if (start < paragraph.End && !string.IsNullOrWhiteSpace(text[start..paragraph.End]))
            {
                sentences.Add(new Sentence(TextSpan.FromBounds(start, paragraph.End).Trimmed(text), p));
            }
        }

        var tokens = ImmutableArray.CreateBuilder<Token>();
        var sentence = 0;
        foreach (Match match in TokenPattern().Matches(text))
        {
            while (sentence < sentences.Count - 1 && match.Index >= sentences[sentence].Span.End)
            {
                sentence++;
            }

            tokens.Add(new Token(new TextSpan(match.Index, match.Length), match.Value.Replace('\u2019', '\''), sentence));
        }

        return new Document(article)
        {
            Layers = AnnotationLayers.Sentences | AnnotationLayers.Tokens | AnnotationLayers.Entities
                | AnnotationLayers.Attributions,
            Sentences = sentences.ToImmutable(),
            Tokens = tokens.ToImmutable(),
            Entities = [.. entities],
            Attributions = [.. attributions],
        };
    }

    // Not after a lone capital: "U.S." and "J. Smith" do not end a sentence.
    [GeneratedRegex(@"(?<!\b\p{Lu})[.!?][\u201D""]?(?=\s)")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['\u2019.\-][\p{L}\p{M}\p{N}]+)*|\S")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("\u201C([^\u201C\u201D]+)\u201D")]
    private static partial Regex QuotedPattern();
}
