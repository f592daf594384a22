using Parallax.Core.Annotations;

namespace Parallax.Stories.Features;

/// <summary>What story detection knows of one article: its place in time order and its weighted features.</summary>
/// <param name="Document">The document.</param>
/// <param name="Order">Its position in (time, id) order.</param>
/// <param name="Time">Its publication time, when known.</param>
/// <param name="Terms">Its TF-IDF term vector.</param>
/// <param name="Names">Its TF-IDF proper-name vector.</param>
internal sealed record ArticleProfile(Document Document, int Order, DateTimeOffset? Time, WeightedVector Terms, WeightedVector Names)
{
    public string Id => Document.Article.Id;
}
