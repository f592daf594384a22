using Parallax.Core.Stories;
using Parallax.Stories.Clustering;

namespace Parallax.Stories.Storylines;

/// <summary>
/// A storyline while it is in the window: how many stories it has and which came first, the one that names it, the
/// stories not reported yet, and the sums of all their articles over the keys the stream has not forgotten. It keeps
/// no list of every story: the ids of its stories were reported as they joined, and the store answers "all stories
/// of a storyline", so a storyline that never leaves the window costs the same at its thousandth story as at its
/// tenth.
/// </summary>
internal sealed class StorylineState(int index, string id)
{
    public int Index { get; } = index;

    public string Id { get; } = id;

    public FeatureSum Sum { get; init; } = new();

    /// <summary>Stories committed to it.</summary>
    public int StoryCount { get; private set; }

    /// <summary>The order of its first story, committed or tentative: storylines are listed by it.</summary>
    public int FirstStory { get; private set; } = int.MaxValue;

    /// <summary>Stories committed to it since it was last reported, in the order they were committed.</summary>
    public List<StorylineMember> Unreported { get; init; } = [];

    /// <summary>Open stories added to a copy of it (<see cref="Clone"/>) as their tentative storyline.</summary>
    public List<StorylineMember> Tentative { get; } = [];

    /// <summary>The story that names it; null while it has none.</summary>
    public StorylineTitle? Title { get; private set; }

    /// <summary>The terms it is indexed under (their numbers in the stream's term table).</summary>
    public HashSet<int> IndexedTerms { get; init; } = [];

    /// <summary>Commits a story (its sums are added apart) with its size and title.</summary>
    public void AddStory(int story, string storyId, int articles, string title)
    {
        StoryCount++;
        Unreported.Add(new StorylineMember(story, storyId));
        Name(story, articles, title);
    }

    /// <summary>Adds an open story to this copy as its tentative storyline.</summary>
    public void AddTentative(int story, string storyId, int articles, string title)
    {
        Tentative.Add(new StorylineMember(story, storyId));
        Name(story, articles, title);
    }

    /// <summary>Puts back the saved count of stories, the first of them and the title.</summary>
    public void Restore(int storyCount, int firstStory, StorylineTitle title)
    {
        StoryCount = storyCount;
        FirstStory = firstStory;
        Title = title;
    }

    /// <summary>A copy to add tentative stories to, leaving this one as committed.</summary>
    public StorylineState Clone()
    {
        var copy = new StorylineState(Index, Id)
        {
            Sum = Sum.Clone(),
            Unreported = [.. Unreported],
            IndexedTerms = [.. IndexedTerms],
        };
        copy.Restore(StoryCount, FirstStory, Title!);
        return copy;
    }

    /// <summary>Its stories not reported yet, committed or tentative, in story order.</summary>
    public IEnumerable<StorylineMember> Pending() => Unreported.Concat(Tentative).OrderBy(static s => s.Story);

    /// <summary>The title as reported: its largest story's (the earliest on ties).</summary>
    public string ReportedTitle => (Title ?? throw new InvalidOperationException("A storyline without stories.")).Title;

    private void Name(int story, int articles, string title)
    {
        FirstStory = Math.Min(FirstStory, story);
        Title = StorylineTitle.Of(Title, new StorylineTitle(story, articles, title));
    }
}
