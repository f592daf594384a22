namespace Parallax.Extraction.Feeds;

/// <summary>One subscription listed in an OPML file.</summary>
/// <param name="Url">The feed's address (<c>xmlUrl</c>), an absolute http(s) URL.</param>
/// <param name="Title">The outline's <c>title</c>, else its <c>text</c>.</param>
/// <param name="Category">The titles of the enclosing outlines joined by " / " (e.g. "News / Europe"), or null at top level.</param>
public sealed record OpmlFeed(string Url, string? Title, string? Category);
