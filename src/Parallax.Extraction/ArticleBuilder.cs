using Parallax.Core.Articles;
using Parallax.Extraction.Html;
using Parallax.Extraction.Metadata;
using Parallax.Extraction.Text;

namespace Parallax.Extraction;

/// <summary>
/// Builds articles from cleaned content and declared metadata, resolving the outlet by evidence order. The one
/// place every reader (files, JSON records, WARC records, watched feeds) turns text or a page into an
/// <see cref="Article"/>, so all of them resolve outlet, authors, dates and language alike.
/// </summary>
public static class ArticleBuilder
{
    public const string NoArticleText = "no article text found";

    /// <summary>Cleans pasted text (with front matter, if any) into an article.</summary>
    public static ArticleReadResult FromText(string path, string text, DeclaredMetadata outer)
    {
        var (frontMatter, rest) = FrontMatter.Split(text);
        var declared = frontMatter.Or(outer);
        return Build(path, declared, TextCleaner.Clean(rest, declared.Title));
    }

    /// <summary>
    /// Extracts an HTML page into an article; <paramref name="outer"/> (a JSON record's fields, a WARC record's
    /// target URI) outranks the page, except for the URL: the page's canonical address outranks the address it was
    /// read from, which resolves a relative one. <paramref name="fallback"/> (a feed item's title, author and date)
    /// fills only what neither declares.
    /// </summary>
    public static ArticleReadResult FromHtml(string path, string html, DeclaredMetadata outer, DeclaredMetadata? fallback = null)
    {
        ArgumentNullException.ThrowIfNull(outer);
        var extraction = HtmlExtractor.Extract(html);
        var url = ResolveUrl(extraction.Metadata.Url, outer.Url) ?? outer.Url;
        var declared = outer.Or(extraction.Metadata);
        if (fallback is not null)
        {
            declared = declared.Or(fallback);
        }

        return Build(path, declared with { Url = url }, extraction.Content);
    }

    private static ArticleReadResult Build(string path, DeclaredMetadata declared, CleanedText content)
    {
        if (content.Body.IsEmpty)
        {
            return ArticleReadResult.Failure(path, NoArticleText);
        }

        var (source, evidence) = ResolveSource(path, declared, content);
        var authors = AuthorNames.Split(declared.Author);
        var article = new Article
        {
            Id = ArticleIdentity.Compute(content.Body),
            Path = path,
            Source = source,
            SourceEvidence = evidence,
            Title = declared.Title ?? content.Title,
            Url = declared.Url,
            Published = PublishedDateParser.Parse(declared.Published),
            Updated = Later(PublishedDateParser.Parse(declared.Updated), PublishedDateParser.Parse(declared.Published)),
            Authors = authors.IsEmpty ? AuthorNames.Split(content.AuthorSignal) : authors,
            LeadImageCaption = declared.LeadImageCaption,
            Body = content.Body,
            Removed = content.Removed,
            Captions = content.Captions,
        };
        return ArticleReadResult.Success(article with
        {
            Language = ResolveLanguage(LanguageTags.Primary(declared.Language), LanguageGuesser.Guess(article.Text)),
        });
    }

    // The declaration first, except when the text clearly reads as another language the guesser could have
    // confirmed: templates declare one language for a whole multilingual site. A guess is only made when one profile
    // wins by a clear margin, so disagreement on a language the guesser knows is the declaration's error.
    private static string? ResolveLanguage(string? declared, string? guessed) =>
        declared is null ? guessed
        : guessed is null || guessed == declared || !LanguageGuesser.Knows(declared) ? declared
        : guessed;

    // An update stated as earlier than the publication contradicts it (templates fill the two from different
    // sources); the publication date is the one other stages rely on, so the update goes.
    private static DateTimeOffset? Later(DateTimeOffset? updated, DateTimeOffset? published) =>
        updated is { } u && published is { } p && u < p ? null : updated;

    // An absolute page URL stands; a relative one is resolved against the input's own URL, or dropped.
    private static string? ResolveUrl(string? pageUrl, string? inputUrl)
    {
        if (pageUrl is null || IsWebUrl(pageUrl))
        {
            return pageUrl;
        }

        return IsWebUrl(inputUrl) && Uri.TryCreate(inputUrl, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, pageUrl, out var resolved)
            ? resolved.AbsoluteUri
            : null;
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

    // On Unix "/news/x" parses as an absolute file URI; only http(s) addresses count as absolute here.
    private static bool IsWebUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
