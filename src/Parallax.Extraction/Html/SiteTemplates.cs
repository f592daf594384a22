using System.Collections.Immutable;
using Parallax.Core.Articles;

namespace Parallax.Extraction.Html;

/// <summary>
/// Applies site templates to a stream of read results: results are held back in windows, the articles of each
/// window are grouped by site (the URL's host; else a declared or signalled outlet; else the folder), each site's
/// template is learned (<see cref="SiteTemplateLearner"/>) and its paragraphs move from the body to the removed
/// blocks with <see cref="RemovalReason.Template"/>. A paragraph that quotes someone at length stays, and an article
/// whose whole body is template is left as it was. Results keep their order.
/// </summary>
internal static class SiteTemplates
{
    /// <summary>The results with templates applied, window by window of at most <paramref name="window"/> results.</summary>
    public static IEnumerable<ArticleReadResult> Apply(IEnumerable<ArticleReadResult> results, int window)
    {
        var pending = new List<ArticleReadResult>(Math.Clamp(window, 1, 4096));
        foreach (var result in results)
        {
            pending.Add(result);
            if (pending.Count >= window)
            {
                foreach (var done in ApplyToWindow(pending))
                {
                    yield return done;
                }

                pending.Clear();
            }
        }

        foreach (var done in ApplyToWindow(pending))
        {
            yield return done;
        }
    }

    private static List<ArticleReadResult> ApplyToWindow(List<ArticleReadResult> window)
    {
        var output = new List<ArticleReadResult>(window);
        var sites = window
            .Select(static (result, index) => (result.Article, Index: index))
            .Where(static entry => entry.Article is not null)
            .GroupBy(static entry => SiteOf(entry.Article!), StringComparer.Ordinal);
        foreach (var site in sites)
        {
            var members = site.ToList();
            var template = SiteTemplateLearner.Learn(members.Select(static m => m.Article!).ToList());
            if (template.Count == 0)
            {
                continue;
            }

            foreach (var (article, index) in members)
            {
                output[index] = ArticleReadResult.Success(Strip(article!, template));
            }
        }

        return output;
    }

    private static Article Strip(Article article, HashSet<string> template)
    {
        var body = ImmutableArray.CreateBuilder<string>(article.Body.Length);
        var removed = ImmutableArray.CreateBuilder<RemovedBlock>();
        foreach (var paragraph in article.Body)
        {
            if (template.Contains(SiteTemplateText.Key(paragraph)) && !SiteTemplateText.HoldsQuotation(paragraph))
            {
                removed.Add(new RemovedBlock(paragraph, RemovalReason.Template));
            }
            else
            {
                body.Add(paragraph);
            }
        }

        if (removed.Count == 0 || body.Count == 0)
        {
            return article; // Nothing of the template here, or nothing but: an article is never emptied.
        }

        var kept = body.ToImmutable();
        return article with
        {
            Id = ArticleIdentity.Compute(kept),
            Body = kept,
            Removed = article.Removed.AddRange(removed),
        };
    }

    /// <summary>The site an article belongs to: its URL's host, else its outlet when known, else its folder.</summary>
    public static string SiteOf(Article article)
    {
        if (Uri.TryCreate(article.Url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            return "host:" + HostOf(uri);
        }

        if (article.SourceEvidence != SourceEvidence.FileName)
        {
            return "outlet:" + article.Source.ToLowerInvariant();
        }

        return "folder:" + (Path.GetDirectoryName(article.Path) ?? "");
    }

    // An archived copy (web.archive.org/web/20200101000000/https://site/...) belongs to the site it copies.
    private static string HostOf(Uri uri)
    {
        var host = uri.Host.ToLowerInvariant();
        if (host is "web.archive.org" or "archive.org")
        {
            var path = uri.AbsolutePath;
            var embedded = path.IndexOf("/http", StringComparison.OrdinalIgnoreCase);
            var colon = embedded < 0 ? -1 : path.IndexOf(':', embedded);
            if (colon > 0)
            {
                // Archives write the copied URL's "//" as "/" at times: skip whatever slashes follow the scheme.
                var original = path[(colon + 1)..].TrimStart('/');
                var slash = original.IndexOfAny(['/', ':']);
                var copied = (slash < 0 ? original : original[..slash]).ToLowerInvariant();
                if (copied.Contains('.', StringComparison.Ordinal))
                {
                    host = copied;
                }
            }
        }

        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
