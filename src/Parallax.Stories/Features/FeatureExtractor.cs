using System.Runtime.InteropServices;
using Parallax.Core.Annotations;

namespace Parallax.Stories.Features;

/// <summary>Counts an article's terms (title and lead up-weighted) and proper names.</summary>
internal sealed class FeatureExtractor(StoryDetectorOptions options)
{
    /// <summary>The raw features of one document.</summary>
    public RawFeatures Extract(Document document)
    {
        var buffers = Count(document, null);
        return new RawFeatures(Copy(buffers.Terms), Copy(buffers.Names), Copy(buffers.Anchors));
    }

    /// <summary>
    /// The features of one document with their keys numbered in <paramref name="frequencies"/>: the same as
    /// numbering <see cref="Extract"/>'s, with terms numbered as they are counted (<see cref="DocumentFrequencies.TermId(ReadOnlySpan{char})"/>)
    /// and no copies of the counts. Thread-safe as numbering is.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="frequencies">The stream's key tables.</param>
    /// <param name="bodyWords">The words of the document's text, valid until the calling thread's next extraction.</param>
    public NumberedFeatures ExtractNumbered(Document document, DocumentFrequencies frequencies, out TextWords bodyWords)
    {
        var buffers = Count(document, frequencies);
        bodyWords = buffers.Words;
        return new NumberedFeatures(
            NumberedCounts.Of(buffers.TermIds),
            NumberedCounts.Of(buffers.Names, frequencies.Names),
            NumberedCounts.Of(buffers.Anchors, frequencies.Anchors));
    }

    /// <summary>
    /// Counts the document's terms, names and anchors into the calling thread's buffers; terms by their number in
    /// <paramref name="numbering"/> when given, else by the term itself.
    /// </summary>
    private ExtractionBuffers Count(Document document, DocumentFrequencies? numbering)
    {
        var article = document.Article;
        var buffers = ExtractionBuffers.ForThisThread();
        buffers.ClearCounts();
        var words = buffers.Words;
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            words.Scan(article.Title);
            CountTerms(article.Title, words, int.MaxValue, options.TitleWeight, buffers, numbering);
        }

        // The body's words are found once and read by terms, names and anchors alike.
        var text = article.Text;
        words.Scan(text);
        var leadLength = article.ParagraphSpans.IsEmpty ? 0 : article.ParagraphSpans[0].End;
        CountTerms(text, words, leadLength, options.LeadWeight, buffers, numbering);
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

    /// <summary>Counts the terms of the scanned words, a word before <paramref name="leadLength"/> with <paramref name="leadWeight"/>, any other with 1.</summary>
    private static void CountTerms(
        string text, TextWords words, int leadLength, double leadWeight, ExtractionBuffers buffers, DocumentFrequencies? numbering)
    {
        var recent = numbering?.RecentTermIds();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words.Word(text, i);
            var weight = words.Start(i) < leadLength ? leadWeight : 1;
            if (numbering is not null)
            {
                var id = numbering.TermId(word, recent!);
                if (id >= 0)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(buffers.TermIds, id, out _) += weight;
                }
            }
            else if (TermNormalizer.ToTerm(word) is { } term)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(buffers.Terms, term, out _) += weight;
            }
        }
    }
}
