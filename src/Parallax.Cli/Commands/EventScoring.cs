using Parallax.Core.Stories;
using Parallax.Stories.Evaluation;

namespace Parallax.Cli.Commands;

/// <summary>
/// Follows a streaming detector's changes over a generated stream and scores the final stories against the events the
/// generator drew each article from: how often the detector splits an event or merges several.
/// </summary>
internal sealed class EventScoring
{
    private readonly Dictionary<string, int> ordinals = new(StringComparer.Ordinal);
    private readonly List<ulong> events = [];
    private readonly List<string?> stories = [];

    /// <summary>Records a batch's articles and their events before the detector sees them.</summary>
    public void Add(IEnumerable<GeneratedArticle> batch)
    {
        foreach (var generated in batch)
        {
            // The detector takes each id once; a repeated id (the same text generated twice) is scored once.
            if (ordinals.TryAdd(generated.Article.Id, events.Count))
            {
                events.Add(generated.Event);
                stories.Add(null);
            }
        }
    }

    /// <summary>Takes the articles that joined each story a change reports (an article never leaves its story).</summary>
    public void Take(StoryGroupingChange change)
    {
        foreach (var story in change.Stories)
        {
            foreach (var id in story.ArticleIds)
            {
                stories[ordinals[id]] = story.Id;
            }
        }
    }

    /// <summary>B-cubed and pairwise scores against the events, and the size of the largest story.</summary>
    public EventScore Score()
    {
        var gold = new string[events.Count];
        var predicted = new string[events.Count];
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < gold.Length; i++)
        {
            gold[i] = events[i].ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

            // An article no change reported (none should be) counts as a story of its own.
            predicted[i] = stories[i] ?? $"unreported-{i}";
            sizes[predicted[i]] = sizes.GetValueOrDefault(predicted[i]) + 1;
        }

        return new EventScore(ClusteringScorer.Score(gold, predicted), sizes.Count == 0 ? 0 : sizes.Values.Max());
    }
}
