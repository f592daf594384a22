using Parallax.Core.Articles;
using Parallax.Extraction.Html;
using Parallax.Extraction.Metadata;
using Parallax.Extraction.Text;

namespace Parallax.Extraction;

/// <summary>Builds articles from cleaned content and declared metadata, resolving the outlet by evidence order.</summary>
internal static class ArticleBuilder
{
    public const string NoArticleText = "no article text found";

    /// <summary>Cleans pasted text (with front matter, if any) into an article.</summary>
    public static ArticleReadResult FromText(string path, string text, DeclaredMetadata outer)
    {
        var (frontMatter, rest) = FrontMatter.Split(text);
        var declared = frontMatter.Or(outer);
        return Build(path, declared, TextCleaner.Clean(rest, declared.Title));
    }

    /// <summary>Extracts an HTML page into an article; <paramref name="outer"/> (a JSON record's fields) outranks the page.</summary>
    public static ArticleReadResult FromHtml(string path, string html, DeclaredMetadata outer)
    {
        var extraction = HtmlExtractor.Extract(html);
        return Build(path, outer.Or(extraction.Metadata), extraction.Content);
    }

    private static ArticleReadResult Build(string path, DeclaredMetadata declared, CleanedText content)
    {
        if (content.Body.IsEmpty)
        {
            return ArticleReadResult.Failure(path, NoArticleText);
        }

        var (source, evidence) = ResolveSource(path, declared, content);
        return ArticleReadResult.Success(new Article
        {
            Id = ArticleIdentity.Compute(content.Body),
            Path = path,
            Source = source,
            SourceEvidence = evidence,
            Title = declared.Title ?? content.Title,
            Url = declared.Url,
            Published = PublishedDateParser.Parse(declared.Published),
            Author = declared.Author ?? content.AuthorSignal,
            Body = content.Body,
            Removed = content.Removed,
            Captions = content.Captions,
        });
    }

    // Declared > URL host > the page's own furniture > the file name.
    private static (string, SourceEvidence) ResolveSource(string path, DeclaredMetadata declared, CleanedText content)
    {
        if (declared.Source is { } source)
        {
            return (source, SourceEvidence.Declared);
        }

        if (OutletNames.FromUrl(declared.Url) is { } host)
        {
            return (host, SourceEvidence.Url);
        }

        return content.OutletSignal is { } signal
            ? (signal, SourceEvidence.TextSignal)
            : (OutletNames.FromFileName(path), SourceEvidence.FileName);
    }
}
