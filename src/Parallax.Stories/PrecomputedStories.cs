using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Stories;

namespace Parallax.Stories;

/// <summary>
/// A story detector that returns a grouping made beforehand, such as the one a <see cref="StreamingStoryDetector"/>
/// keeps up to date in the store, so that analysing stored articles does not cluster them again.
/// </summary>
/// <remarks>
/// The grouping is cut to the documents given: members, storylines and duplicate links of other articles are left
/// out, and a document the grouping does not cover becomes a story (and storyline) of its own. Immutable and
/// thread-safe.
/// </remarks>
public sealed class PrecomputedStories(StoryGrouping grouping) : IStoryDetector
{
    private readonly StoryGrouping grouping = grouping ?? throw new ArgumentNullException(nameof(grouping));

    /// <inheritdoc />
    public AnnotationLayers Requires => AnnotationLayers.None;

    /// <inheritdoc />
    public StoryGrouping Detect(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var given = documents.Select(static d => d.Article.Id).ToHashSet(StringComparer.Ordinal);
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var stories = new List<Story>();
        foreach (var story in grouping.Stories)
        {
            var members = story.ArticleIds.Where(id => given.Contains(id) && covered.Add(id)).ToImmutableArray();
            if (!members.IsEmpty)
            {
                stories.Add(story with { ArticleIds = members });
            }
        }

        foreach (var document in documents.Where(d => !covered.Contains(d.Article.Id)).OrderBy(static d => d.Article.Id, StringComparer.Ordinal))
        {
            if (covered.Add(document.Article.Id))
            {
                var article = document.Article;
                var id = StableId.Of('s', article.Id);
                var title = string.IsNullOrWhiteSpace(article.Title)
                    ? StoryTitle.FirstSentence(article.Text, StoryDetectorOptions.Default.MaxTitleLength)
                    : article.Title;
                stories.Add(new Story(id, title, StableId.Of('l', id), [article.Id]));
            }
        }

        var storyIds = stories.Select(static s => s.Id).ToHashSet(StringComparer.Ordinal);
        var storylines = grouping.Storylines
            .Select(line => line with { StoryIds = [.. line.StoryIds.Where(storyIds.Contains)] })
            .Where(static line => !line.StoryIds.IsEmpty)
            .ToList();
        var lineIds = storylines.Select(static l => l.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var story in stories.Where(s => !lineIds.Contains(s.StorylineId)))
        {
            storylines.Add(new Storyline(story.StorylineId, story.Title, [story.Id]));
        }

        var duplicates = grouping.Duplicates.Where(d => given.Contains(d.ArticleId) && given.Contains(d.OriginalId)).ToImmutableArray();
        return new StoryGrouping([.. stories], [.. storylines], duplicates);
    }
}
