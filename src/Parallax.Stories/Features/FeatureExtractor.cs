using Parallax.Core.Annotations;

namespace Parallax.Stories.Features;

/// <summary>Counts an article's terms (title and lead up-weighted) and proper names.</summary>
internal sealed class FeatureExtractor(StoryDetectorOptions options)
{
    /// <summary>The raw features of one document.</summary>
    public RawFeatures Extract(Document document)
    {
        var article = document.Article;
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            CountTerms(article.Title, int.MaxValue, options.TitleWeight, 1, terms);
        }

        var text = article.Text;
        var leadLength = article.ParagraphSpans.IsEmpty ? 0 : article.ParagraphSpans[0].End;
        CountTerms(text, leadLength, options.LeadWeight, 1, terms);

        var names = new Dictionary<string, double>(StringComparer.Ordinal);
        if (document.Has(AnnotationLayers.Entities) && !document.Entities.IsEmpty)
        {
            NameCounter.CountEntities(document, leadLength, options.LeadWeight, names);
        }
        else
        {
            NameCounter.CountCapitalised(text, leadLength, options.LeadWeight, names);
        }

        var anchors = new Dictionary<string, double>(StringComparer.Ordinal);
        TimeAnchorCounter.Count(text, anchors);
        return new RawFeatures(terms, names, anchors);
    }

    private static void CountTerms(string text, int leadLength, double leadWeight, double restWeight, Dictionary<string, double> counts)
    {
        var scanner = new WordScanner(text);
        while (scanner.MoveNext())
        {
            var term = TermNormalizer.ToTerm(scanner.Current);
            if (term is not null)
            {
                var weight = scanner.Start < leadLength ? leadWeight : restWeight;
                counts[term] = counts.GetValueOrDefault(term) + weight;
            }
        }
    }
}
