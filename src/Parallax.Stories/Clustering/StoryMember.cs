using Parallax.Stories.Features;

namespace Parallax.Stories.Clustering;

/// <summary>
/// What an open story keeps of a title candidate (one of its first members) after adding it to its sums: what choosing
/// the story's title needs, which is only the member's heaviest terms (<see cref="TitleTerms"/>), not its whole vectors.
/// </summary>
/// <param name="Id">The article's id.</param>
/// <param name="Order">Its position in the stream.</param>
/// <param name="Title">Its headline, when it has one.</param>
/// <param name="FirstSentence">Its first sentence, cut to the title length.</param>
/// <param name="TitleTerms">Its heaviest terms with their weights (at most <see cref="TitleTermCount"/>).</param>
internal sealed record StoryMember(string Id, long Order, string? Title, string FirstSentence, WeightedVector TitleTerms)
{
    /// <summary>
    /// How many of a member's terms its closeness to the story's centroid is measured on: the heaviest carry nearly
    /// all of a unit vector's weight, and keeping few makes an open story's saved state small.
    /// </summary>
    public const int TitleTermCount = 32;

    public static StoryMember Of(ArticleProfile article) =>
        new(article.Id, article.Order, article.Title, article.FirstSentence, article.Terms.Prefix(TitleTermCount));
}
