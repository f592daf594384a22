namespace Parallax.Stories.Features;

/// <summary>
/// What story detection keeps of one article: its place in time order and its weighted features, without the
/// document itself, so open stories hold no article text.
/// </summary>
/// <param name="Id">The article's id.</param>
/// <param name="Order">Its position in the stream (time, id order).</param>
/// <param name="Time">Its time (publication, else arrival), when known.</param>
/// <param name="Terms">Its TF-IDF term vector, weighted with the document frequencies at its arrival.</param>
/// <param name="Names">Its TF-IDF proper-name vector.</param>
/// <param name="Anchors">Its TF-IDF calendar-word vector.</param>
/// <param name="IndexTerms">
/// Its heaviest terms that some other article has as well (in a stream: an earlier article): a term no other article
/// has cannot lead to a story, so it is not worth a look-up in the candidate index. Their numbers in the stream's
/// term table, heaviest first.
/// </param>
/// <param name="LeadWeekday">For an undated article, the weekday its lead names for the event (see <see cref="LeadWeekday"/>).</param>
/// <param name="Title">Its headline, when it has one.</param>
/// <param name="FirstSentence">Its first sentence, cut to the title length: the fallback story title.</param>
internal sealed record ArticleProfile(
    string Id,
    long Order,
    DateTimeOffset? Time,
    WeightedVector Terms,
    WeightedVector Names,
    WeightedVector Anchors,
    int[] IndexTerms,
    DayOfWeek? LeadWeekday,
    string? Title,
    string FirstSentence);
