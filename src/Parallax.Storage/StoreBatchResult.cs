using System.Collections.Immutable;

namespace Parallax.Storage;

/// <summary>
/// What <see cref="SqliteStore.AddArticles(IReadOnlyList{Parallax.Core.Articles.Article})"/> (with or without a story update) did with each article of a batch, in input order. Every input article
/// is counted exactly once, so <c>Added.Length + AlreadyStored.Length</c> equals the batch size.
/// </summary>
/// <param name="Added">Ids of the articles this batch inserted.</param>
/// <param name="AlreadyStored">
/// Ids of the articles skipped because an article with the same id was already stored, before this batch or earlier
/// in it. The stored copy is kept unchanged.
/// </param>
public sealed record StoreBatchResult(ImmutableArray<string> Added, ImmutableArray<string> AlreadyStored);
