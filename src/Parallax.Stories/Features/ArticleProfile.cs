using Parallax.Core.Annotations;

namespace Parallax.Stories.Features;

/// <summary>What story detection knows of one article: its place in time order and its weighted features.</summary>
/// <param name="Document">The document.</param>
/// <param name="Order">Its position in (time, id) order.</param>
/// <param name="Time">Its publication time, when known.</param>
/// <param name="Terms">Its TF-IDF term vector.</param>
/// <param name="Names">Its TF-IDF proper-name vector.</param>
/// <param name="Anchors">Its TF-IDF calendar-word vector.</param>
/// <param name="IndexTerms">
/// Its heaviest terms that occur in at least one other article of the batch: a term no other article has cannot
/// lead to a story, so it is not worth a place in the candidate index.
/// </param>
/// <param name="LeadWeekday">For an undated article, the weekday its lead names for the event (see <see cref="LeadWeekday"/>).</param>
internal sealed record ArticleProfile(
    Document Document,
    int Order,
    DateTimeOffset? Time,
    WeightedVector Terms,
    WeightedVector Names,
    WeightedVector Anchors,
    string[] IndexTerms,
    DayOfWeek? LeadWeekday)
{
    public string Id => Document.Article.Id;
}
