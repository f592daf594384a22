namespace Parallax.Extraction.Feeds;

/// <summary>One RSS item or Atom entry.</summary>
/// <param name="Id">
/// The item's <c>guid</c>, <c>atom:id</c> or RDF <c>rdf:about</c>. Items that lack one get a stable id derived
/// from their content so that the same item read twice has the same id: the resolved <see cref="Link"/>, else
/// <c>urn:parallax:feed-item:</c> plus a SHA-256 prefix of the title, else of summary and content. Null only
/// for an item with no id, link, title, summary or content.
/// </param>
/// <param name="Title">The title as text.</param>
/// <param name="Link">
/// The item's page as an absolute http(s) URL, resolved against <c>xml:base</c> and then the feed's link;
/// null when absent or not resolvable to http(s) (so a <c>javascript:</c> link never gets through).
/// </param>
/// <param name="Published">
/// RSS <c>pubDate</c> (RFC 822, including obsolete zones such as EST and GMT) or <c>dc:date</c>; Atom
/// <c>published</c>, else <c>updated</c>. Null when absent or not a date. A date without a zone is taken as UTC.
/// </param>
/// <param name="Author">RSS <c>author</c> (the name of "mail@example.com (Name)") or <c>dc:creator</c>; Atom author name (the feed's when the entry has none).</param>
/// <param name="Summary">The description or Atom summary as plain text (markup removed, white space collapsed).</param>
/// <param name="ContentHtml">The full content as HTML: RSS <c>content:encoded</c> or Atom <c>content</c> (text content is HTML-encoded). Unsanitised: treat it as untrusted markup.</param>
public sealed record FeedItem(
    string? Id,
    string? Title,
    string? Link,
    DateTimeOffset? Published,
    string? Author,
    string? Summary,
    string? ContentHtml);
