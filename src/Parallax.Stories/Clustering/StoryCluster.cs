using Parallax.Stories.Features;

namespace Parallax.Stories.Clustering;

/// <summary>
/// A story while it is open: its members in arrival order, their feature sums, the terms it is indexed under, and
/// what was last reported of it.
/// </summary>
internal sealed class StoryCluster(int index, string id)
{
    private readonly int[] weekdayCounts = new int[7];

    /// <summary>Its position in creation order, which is the order of its first article.</summary>
    public int Index { get; } = index;

    /// <summary>Its stable id (from its first article's id).</summary>
    public string Id { get; } = id;

    public List<StoryMember> Members { get; } = [];

    public FeatureSum Sum { get; } = new();

    /// <summary>The terms it is indexed under in the candidate index (their numbers in the stream's term table).</summary>
    public HashSet<int> IndexedTerms { get; } = [];

    /// <summary>How many members it had when it was last reported (0: never reported).</summary>
    public int ReportedMembers { get; set; }

    /// <summary>Its title when it was last reported.</summary>
    public string? ReportedTitle { get; set; }

    /// <summary>Its storyline id when it was last reported.</summary>
    public string? ReportedStoryline { get; set; }

    public DateTimeOffset? FirstTime => Sum.FirstTime;

    public DateTimeOffset? LastTime => Sum.LastTime;

    public void Add(ArticleProfile article)
    {
        Sum.Add(article);
        AddMember(StoryMember.Of(article));
    }

    /// <summary>Puts back a member of a saved story, whose sums are restored separately.</summary>
    public void AddMember(StoryMember member)
    {
        Members.Add(member);
        if (member.LeadWeekday is { } day)
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
}
