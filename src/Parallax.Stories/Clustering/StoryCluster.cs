using Parallax.Stories.Features;

namespace Parallax.Stories.Clustering;

/// <summary>A story while it is being built: its members in time order and its term and name centroids.</summary>
internal sealed class StoryCluster(int index)
{
    /// <summary>Its position in creation order.</summary>
    public int Index { get; } = index;

    public List<ArticleProfile> Members { get; } = [];

    public Centroid Terms { get; } = new();

    public Centroid Names { get; } = new();

    /// <summary>The earliest known member time.</summary>
    public DateTimeOffset? FirstTime { get; private set; }

    /// <summary>The latest known member time.</summary>
    public DateTimeOffset? LastTime { get; private set; }

    public void Add(ArticleProfile article)
    {
        Members.Add(article);
        Terms.Add(article.Terms);
        Names.Add(article.Names);
        if (article.Time is { } time)
        {
            FirstTime = FirstTime is null || time < FirstTime ? time : FirstTime;
            LastTime = LastTime is null || time > LastTime ? time : LastTime;
        }
    }
}
