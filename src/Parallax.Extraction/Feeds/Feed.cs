using System.Collections.Immutable;

namespace Parallax.Extraction.Feeds;

/// <summary>A parsed RSS 2.0, RSS 1.0 (RDF) or Atom feed.</summary>
/// <param name="Title">The channel's or feed's title, as text.</param>
/// <param name="Link">The site the feed belongs to (absolute http(s) URL), or null when absent or unresolvable.</param>
/// <param name="Items">The items or entries in document order.</param>
public sealed record Feed(string? Title, string? Link, ImmutableArray<FeedItem> Items);
