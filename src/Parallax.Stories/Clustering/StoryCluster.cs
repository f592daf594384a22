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

    public Centroid Anchors { get; } = new();

    private readonly int[] weekdayCounts = new int[7];

    /// <summary>The earliest known member time.</summary>
    public DateTimeOffset? FirstTime { get; private set; }

    /// <summary>The latest known member time.</summary>
    public DateTimeOffset? LastTime { get; private set; }

    public void Add(ArticleProfile article)
    {
        Members.Add(article);
        Terms.Add(article.Terms);
        Names.Add(article.Names);
        Anchors.Add(article.Anchors);
        Widen(article.Time);
        if (article.LeadWeekday is { } day)
        {
            weekdayCounts[(int)day]++;
        }
    }

    /// <summary>True when no undated member's lead names a weekday other than <paramref name="day"/>.</summary>
    public bool AgreesWithWeekday(DayOfWeek day)
    {
        for (var d = 0; d < weekdayCounts.Length; d++)
        {
            if (d != (int)day && weekdayCounts[d] > 0)
            {
                return false;
            }
        }

        return true;
    }

    public void Remove(ArticleProfile article)
    {
        Members.Remove(article);
        Terms.Remove(article.Terms);
        Names.Remove(article.Names);
        Anchors.Remove(article.Anchors);
        if (article.LeadWeekday is { } day)
        {
            weekdayCounts[(int)day]--;
        }

        FirstTime = null;
        LastTime = null;
        foreach (var member in Members)
        {
            Widen(member.Time);
        }
    }

    /// <summary>Puts the members back in time order after moves.</summary>
    public void SortMembers() => Members.Sort(static (a, b) => a.Order.CompareTo(b.Order));

    private void Widen(DateTimeOffset? time)
    {
        if (time is { } known)
        {
            FirstTime = FirstTime is null || known < FirstTime ? known : FirstTime;
            LastTime = LastTime is null || known > LastTime ? known : LastTime;
        }
    }
}
