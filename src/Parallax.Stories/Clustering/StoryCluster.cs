using Parallax.Stories.Features;

namespace Parallax.Stories.Clustering;

/// <summary>
/// A story while it is open: how many members it has and the ids of those not reported yet, their feature sums, the
/// title candidates, how many undated members' leads name each weekday, the terms it is indexed under, and what was
/// last reported of it.
/// </summary>
/// <remarks>
/// Only the first <see cref="TitleCandidateCount"/> members keep what choosing a title needs (their heaviest terms,
/// headline, first sentence); later members are counted, and their ids kept only until they are reported (the store
/// holds every member). So a story that keeps getting articles for weeks costs the same per article at its
/// thousandth member as at its tenth, in memory, in the saved state and in each change.
/// </remarks>
internal sealed class StoryCluster(int index, string id)
{
    /// <summary>
    /// How many members, the first to arrive, the title is chosen from: the first reports of an event are the ones
    /// that name it, and a story with fewer members (every story of the evaluation sets but the largest few) is
    /// titled exactly as if every member were a candidate.
    /// </summary>
    public const int TitleCandidateCount = 64;

    private readonly int[] weekdayCounts = new int[7];

    /// <summary>Its position in creation order, which is the order of its first article.</summary>
    public int Index { get; } = index;

    /// <summary>Its stable id (from its first article's id).</summary>
    public string Id { get; } = id;

    /// <summary>The article ids of the members that joined since the story was last reported, in arrival order.</summary>
    public List<string> UnreportedIds { get; } = [];

    /// <summary>How many undated members' leads name each weekday (index: <see cref="DayOfWeek"/>).</summary>
    public IReadOnlyList<int> WeekdayCounts => weekdayCounts;

    /// <summary>The first <see cref="TitleCandidateCount"/> members, with what choosing the title needs.</summary>
    public List<StoryMember> TitleCandidates { get; } = [];

    public FeatureSum Sum { get; } = new();

    /// <summary>The terms it is indexed under in the candidate index (their numbers in the stream's term table).</summary>
    public HashSet<int> IndexedTerms { get; } = [];

    /// <summary>How many members it had when it was last reported (0: never reported).</summary>
    public int ReportedMembers { get; set; }

    /// <summary>Its title when it was last reported.</summary>
    public string? ReportedTitle { get; set; }

    /// <summary>Its storyline id when it was last reported.</summary>
    public string? ReportedStoryline { get; set; }

    public int MemberCount { get; private set; }

    public DateTimeOffset? FirstTime => Sum.FirstTime;

    public DateTimeOffset? LastTime => Sum.LastTime;

    public void Add(ArticleProfile article)
    {
        Sum.Add(article);
        AddMember(article.Id, article.LeadWeekday, TitleCandidates.Count < TitleCandidateCount ? StoryMember.Of(article) : null);
    }

    /// <summary>
    /// Adds a member (also a member of a saved story, whose sums are restored separately); <paramref name="candidate"/>
    /// is its title data while the story has fewer than <see cref="TitleCandidateCount"/> candidates.
    /// </summary>
    public void AddMember(string id, DayOfWeek? leadWeekday, StoryMember? candidate)
    {
        MemberCount++;
        UnreportedIds.Add(id);
        if (candidate is not null)
        {
            TitleCandidates.Add(candidate);
        }

        if (leadWeekday is { } day)
        {
            weekdayCounts[(int)day]++;
        }
    }

    /// <summary>
    /// Puts back a saved story's count of members, weekday counts, unreported ids and title candidates (its sums are
    /// restored separately).
    /// </summary>
    public void Restore(int memberCount, IReadOnlyList<int> weekdays, IEnumerable<string> unreportedIds, IEnumerable<StoryMember> candidates)
    {
        MemberCount = memberCount;
        for (var d = 0; d < weekdayCounts.Length; d++)
        {
            weekdayCounts[d] = weekdays[d];
        }

        UnreportedIds.AddRange(unreportedIds);
        TitleCandidates.AddRange(candidates);
    }

    /// <summary>Holds the numbers of every key the story refers to (sums, indexed terms, title candidates) through the next release of forgotten keys.</summary>
    public void HoldKeys(DocumentFrequencies frequencies)
    {
        Sum.HoldKeys(frequencies);
        foreach (var term in IndexedTerms)
        {
            frequencies.Terms.Hold(term);
        }

        foreach (var candidate in TitleCandidates)
        {
            foreach (var term in candidate.TitleTerms.Ids)
            {
                frequencies.Terms.Hold(term);
            }
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
