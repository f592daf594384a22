using System.Runtime.InteropServices;
using Parallax.Core.Annotations;

namespace Parallax.Stories.Features;

/// <summary>Counts an article's terms (title and lead up-weighted) and proper names.</summary>
internal sealed class FeatureExtractor(StoryDetectorOptions options)
{
    /// <summary>The raw features of one document.</summary>
    public RawFeatures Extract(Document document)
    {
        var buffers = Count(document);
        return new RawFeatures(Copy(buffers.Terms), Copy(buffers.Names), Copy(buffers.Anchors));
    }

    /// <summary>
    /// The features of one document with their keys numbered in <paramref name="frequencies"/>: the same as
    /// numbering <see cref="Extract"/>'s, without copying the counts first. Thread-safe as numbering is.
    /// </summary>
    public NumberedFeatures ExtractNumbered(Document document, DocumentFrequencies frequencies)
    {
        var buffers = Count(document);
        return new NumberedFeatures(
            NumberedCounts.Of(buffers.Terms, frequencies.Terms),
            NumberedCounts.Of(buffers.Names, frequencies.Names),
            NumberedCounts.Of(buffers.Anchors, frequencies.Anchors));
    }

    /// <summary>Counts the document's terms, names and anchors into the calling thread's buffers.</summary>
    private ExtractionBuffers Count(Document document)
    {
        var article = document.Article;
        var buffers = ExtractionBuffers.ForThisThread();
        buffers.ClearCounts();
        var words = buffers.Words;
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            words.Scan(article.Title);
            CountTerms(article.Title, words, int.MaxValue, options.TitleWeight, 1, buffers.Terms);
        }

        // The body's words are found once and read by terms, names and anchors alike.
        var text = article.Text;
        words.Scan(text);
        var leadLength = article.ParagraphSpans.IsEmpty ? 0 : article.ParagraphSpans[0].End;
        CountTerms(text, words, leadLength, options.LeadWeight, 1, buffers.Terms);
        if (document.Has(AnnotationLayers.Entities) && !document.Entities.IsEmpty)
        {
            NameCounter.CountEntities(document, leadLength, options.LeadWeight, buffers.Names);
        }
        else
        {
            NameCounter.CountCapitalised(text, buffers, leadLength, options.LeadWeight, buffers.Names);
        }

        TimeAnchorCounter.Count(text, words, buffers.Anchors);
        return buffers;
    }

    /// <summary>An exactly sized copy, in the same (insertion) order.</summary>
    private static Dictionary<string, double> Copy(Dictionary<string, double> counts) => new(counts, StringComparer.Ordinal);

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
