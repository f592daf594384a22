using Parallax.Stories.Features;

namespace Parallax.Stories.Clustering;

/// <summary>
/// The combined similarity of the detector: a weighted mean of the term, name and calendar-anchor cosines. A
/// component missing on either side (no capitalised names, no calendar words) is left out and the weights of the
/// others renormalised, so an article is not penalised for what it does not mention.
/// </summary>
internal static class Similarity
{
    public static double Combine(
        double termCosine, double nameCosine, bool names, double anchorCosine, bool anchors, StoryDetectorOptions options)
    {
        var nameWeight = names ? options.NameWeight : 0;
        var anchorWeight = anchors ? options.AnchorWeight : 0;
        var termWeight = 1 - options.NameWeight - options.AnchorWeight;
        var total = termWeight + nameWeight + anchorWeight;
        return total <= 0
            ? termCosine
            : ((termWeight * termCosine) + (nameWeight * nameCosine) + (anchorWeight * anchorCosine)) / total;
    }

    /// <summary>
    /// The name cosine as it counts in an article's similarity to a story: no more than the content words give
    /// (<c>NameWeight · names ≤ term weight · terms</c>), so names can at most double the words' evidence and never
    /// carry a join alone. Why: a name vector is normalised on its own, so a headline whose one name is a country
    /// ("UK") has a name cosine of 1 with any story about that country whatever its IDF, and with
    /// <see cref="StoryDetectorOptions.NameWeight"/> above the story threshold that alone joined unrelated events
    /// (docs/stories.md, "Names corroborate words").
    /// </summary>
    internal static double Corroborated(double nameCosine, double termCosine, StoryDetectorOptions options)
    {
        var termWeight = 1 - options.NameWeight - options.AnchorWeight;
        return options.NameWeight <= 0 ? nameCosine : Math.Min(nameCosine, termWeight * termCosine / options.NameWeight);
    }

    /// <summary>Similarity of an article to a group of articles (a story), names <see cref="Corroborated"/> by words.</summary>
    public static double Of(ArticleProfile article, FeatureSum group, StoryDetectorOptions options)
    {
        var termCosine = group.Terms.Cosine(article.Terms);
        return Combine(
            termCosine,
            Corroborated(group.Names.Cosine(article.Names), termCosine, options),
            !article.Names.IsEmpty && !group.Names.IsEmpty,
            group.Anchors.Cosine(article.Anchors),
            !article.Anchors.IsEmpty && !group.Anchors.IsEmpty,
            options);
    }

    /// <summary>
    /// <see cref="Of(ArticleProfile, FeatureSum, StoryDetectorOptions)"/> when it can reach <paramref name="floor"/>,
    /// the same value bit for bit; false, with the term comparison stopped early, once it certainly stays below
    /// <paramref name="floor"/> (by more than <see cref="FloorMargin"/>, which covers rounding). Names and anchors are
    /// compared first: they are short, and what they give lowers the term cosine needed.
    /// </summary>
    /// <param name="article">The article.</param>
    /// <param name="group">The story.</param>
    /// <param name="options">The weights of the components.</param>
    /// <param name="floor">The similarity below which the story cannot be chosen.</param>
    /// <param name="termTails">The norms of the tails of the article's term weights.</param>
    /// <param name="similarity">The similarity, when true.</param>
    public static bool TryOfAtLeast(
        ArticleProfile article, FeatureSum group, StoryDetectorOptions options, double floor, TailNorms termTails, out double similarity)
    {
        var names = !article.Names.IsEmpty && !group.Names.IsEmpty;
        var anchors = !article.Anchors.IsEmpty && !group.Anchors.IsEmpty;
        var nameCosine = group.Names.Cosine(article.Names);

        // With no weight on anchors their cosine (finite, non-negative) adds 0 · cosine = +0 either way.
        var anchorCosine = options.AnchorWeight == 0 ? 0 : group.Anchors.Cosine(article.Anchors);
        var nameWeight = names ? options.NameWeight : 0;
        var anchorWeight = anchors ? options.AnchorWeight : 0;
        var termWeight = 1 - options.NameWeight - options.AnchorWeight;
        var total = termWeight + nameWeight + anchorWeight;
        double termCosine;
        if (total > 0 && termWeight > 0)
        {
            // The names enter this bound uncorroborated, at their largest, so it stops no comparison that could reach the floor.
            var needed = (((floor - FloorMargin) * total) - (nameWeight * nameCosine) - (anchorWeight * anchorCosine)) / termWeight;
            if (!group.Terms.TryCosineAtLeast(article.Terms, termTails, needed, out termCosine))
            {
                similarity = 0;
                return false;
            }
        }
        else
        {
            termCosine = group.Terms.Cosine(article.Terms);
        }

        similarity = Combine(termCosine, Corroborated(nameCosine, termCosine, options), names, anchorCosine, anchors, options);
        return true;
    }

    /// <summary>How far below the floor a bound must lie before a comparison stops: far above any rounding of a similarity.</summary>
    private const double FloorMargin = 1e-9;

    /// <summary>Similarity of two groups (a story and a storyline).</summary>
    public static double Of(FeatureSum a, FeatureSum b, StoryDetectorOptions options) =>
        Combine(
            a.Terms.Cosine(b.Terms),
            a.Names.Cosine(b.Names),
            !a.Names.IsEmpty && !b.Names.IsEmpty,
            a.Anchors.Cosine(b.Anchors),
            !a.Anchors.IsEmpty && !b.Anchors.IsEmpty,
            options);
}
