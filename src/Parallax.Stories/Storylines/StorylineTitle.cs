namespace Parallax.Stories.Storylines;

/// <summary>The story that names a storyline: its largest (of equal sizes, the earliest), with its size and title.</summary>
internal sealed record StorylineTitle(int Story, int Articles, string Title)
{
    /// <summary>Whichever of the two names the storyline: the larger story, or of equal sizes the earlier.</summary>
    public static StorylineTitle Of(StorylineTitle? current, StorylineTitle candidate) =>
        current is null || candidate.Articles > current.Articles || (candidate.Articles == current.Articles && candidate.Story < current.Story)
            ? candidate
            : current;
}
