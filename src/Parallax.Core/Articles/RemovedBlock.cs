namespace Parallax.Core.Articles;

/// <summary>A block of page text that is not part of the article body, kept so a user can audit the cleaning.</summary>
/// <param name="Text">The removed text as it stood on the page.</param>
/// <param name="Reason">Why it was removed.</param>
public sealed record RemovedBlock(string Text, RemovalReason Reason);
