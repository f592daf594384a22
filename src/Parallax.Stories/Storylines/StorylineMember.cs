namespace Parallax.Stories.Storylines;

/// <summary>A story as its storyline knows it: its order and id. Only the story that titles the storyline keeps more (<see cref="StorylineTitle"/>).</summary>
internal sealed record StorylineMember(int Story, string Id);
