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

    /// <summary>Similarity of an article to a group of articles (a story).</summary>
    public static double Of(ArticleProfile article, FeatureSum group, StoryDetectorOptions options) =>
        Combine(
            group.Terms.Cosine(article.Terms),
            group.Names.Cosine(article.Names),
            !article.Names.IsEmpty && !group.Names.IsEmpty,
            group.Anchors.Cosine(article.Anchors),
            !article.Anchors.IsEmpty && !group.Anchors.IsEmpty,
            options);

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
