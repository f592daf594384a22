using Parallax.Core.Stories;
using Parallax.Stories.Clustering;

namespace Parallax.Stories.Storylines;

/// <summary>
/// A storyline while it is in the window: the stories committed to it (their order and id), the one that names it,
/// and the sums of all their articles over the keys the stream has not forgotten.
/// </summary>
internal sealed class StorylineState(int index, string id)
{
    public int Index { get; } = index;

    public string Id { get; } = id;

    public FeatureSum Sum { get; init; } = new();

    public List<StorylineMember> Stories { get; init; } = [];

    /// <summary>The story that names it; null while it has none.</summary>
    public StorylineTitle? Title { get; private set; }

    /// <summary>The terms it is indexed under (their numbers in the stream's term table).</summary>
    public HashSet<int> IndexedTerms { get; init; } = [];

    /// <summary>True when stories were committed to it since it was last reported.</summary>
    public bool Dirty { get; set; }

    /// <summary>Adds a story (its sums are added apart) with its size and title.</summary>
    public void AddStory(int story, string storyId, int articles, string title)
    {
        Stories.Add(new StorylineMember(story, storyId));
        Title = StorylineTitle.Of(Title, new StorylineTitle(story, articles, title));
    }

    /// <summary>Puts back a story saved without its size and title (its storyline's title is saved apart).</summary>
    public void RestoreStory(StorylineMember member) => Stories.Add(member);

    /// <summary>Puts back the saved title.</summary>
    public void RestoreTitle(StorylineTitle title) => Title = title;

    /// <summary>A copy to add tentative stories to, leaving this one as committed.</summary>
    public StorylineState Clone() => new(Index, Id)
    {
        Sum = Sum.Clone(),
        Stories = [.. Stories],
        Title = Title,
        IndexedTerms = [.. IndexedTerms],
    };

    /// <summary>The storyline as reported: its stories in order, titled after the largest (the earliest on ties).</summary>
    public Storyline ToStoryline() =>
        new(Id, (Title ?? throw new InvalidOperationException("A storyline without stories.")).Title, [.. Stories.OrderBy(static s => s.Story).Select(static s => s.Id)]);

    /// <summary>The order of its first story: storylines are listed by it.</summary>
    public int FirstStory => Stories.Min(static s => s.Story);

    public static bool SameContent(Storyline a, Storyline b) =>
        a.Title == b.Title && a.StoryIds.AsSpan().SequenceEqual(b.StoryIds.AsSpan());
}
