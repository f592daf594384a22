using Parallax.Stories.Features;

namespace Parallax.Stories.Clustering;

/// <summary>
/// The combined similarity of the detector: a weighted mean of term cosine and name cosine, falling back to term
/// cosine alone when either side has no names (so an article without capitalised names is not penalised).
/// </summary>
internal static class Similarity
{
    public static double Combine(double termCosine, double nameCosine, bool namesOnBothSides, double nameWeight) =>
        namesOnBothSides ? ((1 - nameWeight) * termCosine) + (nameWeight * nameCosine) : termCosine;

    /// <summary>Similarity of an article to a story.</summary>
    public static double Of(ArticleProfile article, StoryCluster story, double nameWeight) =>
        Combine(
            story.Terms.Cosine(article.Terms),
            story.Names.Cosine(article.Names),
            !article.Names.IsEmpty && !story.Names.IsEmpty,
            nameWeight);

    /// <summary>Similarity of two stories.</summary>
    public static double Of(StoryCluster a, StoryCluster b, double nameWeight) =>
        Combine(a.Terms.Cosine(b.Terms), a.Names.Cosine(b.Names), !a.Names.IsEmpty && !b.Names.IsEmpty, nameWeight);
}
