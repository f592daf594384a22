using Parallax.Core.Pipeline;

namespace Parallax.Comparison.Quotes;

/// <summary>
/// The story's articles that are near-duplicate copies of another member from the same outlet (an updated or
/// re-posted version). Counts per outlet leave them out so an outlet is not counted twice for one article; a copy
/// another outlet published is that outlet's own choice and still counts.
/// </summary>
internal static class SameOutletCopies
{
    public static HashSet<string> Of(StoryContext context)
    {
        var copies = new HashSet<string>(StringComparer.Ordinal);
        if (context.Duplicates.IsDefaultOrEmpty)
        {
            return copies;
        }

        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in context.Documents)
        {
            sources.TryAdd(document.Article.Id, document.Article.Source);
        }

        foreach (var link in context.Duplicates)
        {
            if (link.ArticleId != link.OriginalId
                && sources.TryGetValue(link.ArticleId, out var copySource)
                && sources.TryGetValue(link.OriginalId, out var originalSource)
                && string.Equals(copySource, originalSource, StringComparison.Ordinal))
            {
                copies.Add(link.ArticleId);
            }
        }

        return copies;
    }
}
