using Parallax.Core.Stories;
using Parallax.Stories.Clustering;

namespace Parallax.Stories.Storylines;

/// <summary>A storyline while it is in the window: the stories committed to it and the sums of all their articles.</summary>
internal sealed class StorylineState(int index, string id)
{
    public int Index { get; } = index;

    public string Id { get; } = id;

    public FeatureSum Sum { get; init; } = new();

    public List<StorylineMember> Stories { get; init; } = [];

    /// <summary>The terms it is indexed under (their numbers in the stream's term table).</summary>
    public HashSet<int> IndexedTerms { get; init; } = [];

    /// <summary>True when stories were committed to it since it was last reported.</summary>
    public bool Dirty { get; set; }

    /// <summary>A copy to add tentative stories to, leaving this one as committed.</summary>
    public StorylineState Clone() => new(Index, Id)
    {
        Sum = Sum.Clone(),
        Stories = [.. Stories],
        IndexedTerms = [.. IndexedTerms],
    };

    /// <summary>The storyline as reported: its stories in order, titled after the largest (the earliest on ties).</summary>
    public Storyline ToStoryline()
    {
        var ordered = Stories.OrderBy(static s => s.Story).ToArray();
        var largest = ordered[0];
        foreach (var story in ordered)
        {
            if (story.Articles > largest.Articles)
            {
                largest = story;
            }
        }

        return new Storyline(Id, largest.Title, [.. ordered.Select(static s => s.Id)]);
    }

    /// <summary>The order of its first story: storylines are listed by it.</summary>
    public int FirstStory => Stories.Min(static s => s.Story);

    public static bool SameContent(Storyline a, Storyline b) =>
        a.Title == b.Title && a.StoryIds.AsSpan().SequenceEqual(b.StoryIds.AsSpan());
}
