using System.Runtime.InteropServices;
using Parallax.Core.Annotations;

namespace Parallax.Stories.Features;

/// <summary>Counts an article's terms (title and lead up-weighted) and proper names.</summary>
internal sealed class FeatureExtractor(StoryDetectorOptions options)
{
    /// <summary>The raw features of one document.</summary>
    public RawFeatures Extract(Document document)
    {
        var article = document.Article;
        var buffers = ExtractionBuffers.ForThisThread();
        var counts = buffers.Counts;
        counts.Clear();
        var words = buffers.Words;
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            words.Scan(article.Title);
            CountTerms(article.Title, words, int.MaxValue, options.TitleWeight, 1, counts);
        }

        // The body's words are found once and read by terms, names and anchors alike.
        var text = article.Text;
        words.Scan(text);
        var leadLength = article.ParagraphSpans.IsEmpty ? 0 : article.ParagraphSpans[0].End;
        CountTerms(text, words, leadLength, options.LeadWeight, 1, counts);
        var terms = buffers.TakeCounts();

        if (document.Has(AnnotationLayers.Entities) && !document.Entities.IsEmpty)
        {
            NameCounter.CountEntities(document, leadLength, options.LeadWeight, counts);
        }
        else
        {
            NameCounter.CountCapitalised(text, buffers, leadLength, options.LeadWeight, counts);
        }

        var names = buffers.TakeCounts();
        var anchors = new Dictionary<string, double>(StringComparer.Ordinal);
        TimeAnchorCounter.Count(text, words, anchors);
        return new RawFeatures(terms, names, anchors);
    }

    private static void CountTerms(
        string text, TextWords words, int leadLength, double leadWeight, double restWeight, Dictionary<string, double> counts)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var term = TermNormalizer.ToTerm(words.Word(text, i));
            if (term is not null)
            {
                var weight = words.Start(i) < leadLength ? leadWeight : restWeight;
                CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _) += weight;
            }
        }
    }
}
