namespace Parallax.Stories.Storylines;

/// <summary>A story as its storyline knows it: its order, id, size and title (the largest story names the storyline).</summary>
internal sealed record StorylineMember(int Story, string Id, int Articles, string Title);
