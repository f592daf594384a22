using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Stories;
using Parallax.Stories.Clustering;
using Parallax.Stories.Features;

namespace Parallax.Stories;

/// <summary>
/// Groups a batch of articles into event stories and storylines, and marks near-duplicate copies: the batch is
/// streamed through a fresh <see cref="StreamingStoryDetector"/> in (publication time, id) order.
/// </summary>
/// <remarks>
/// Each article is represented by TF-IDF vectors (incremental IDF: document frequencies of the articles before it and
/// itself) over its stemmed content words, with title and lead words up-weighted, over its proper names (entity
/// names when the document carries entities, otherwise capitalised words, folded across transliterations), and over
/// its calendar anchors. Each article joins the most similar open story found through an inverted index when the
/// similarity reaches <see cref="StoryDetectorOptions.StoryThreshold"/> and the article falls within the story's time
/// window, and otherwise starts a story. A near-duplicate copy joins its original's story. Stories whose centroids
/// reach <see cref="StoryDetectorOptions.StorylineThreshold"/> are linked into storylines. Immutable and thread-safe.
/// </remarks>
public sealed class StoryDetector : IStoryDetector
{
    private readonly StoryDetectorOptions options;
    private readonly FeatureExtractor extractor;

    /// <summary>Creates a detector with the given options, or the defaults.</summary>
    public StoryDetector(StoryDetectorOptions? options = null)
    {
        this.options = options ?? StoryDetectorOptions.Default;
        this.options.Validate();
        extractor = new FeatureExtractor(this.options);
    }

    /// <summary>The options in use.</summary>
    public StoryDetectorOptions Options => options;

    /// <inheritdoc />
    /// <remarks>Entities are used when present but not required.</remarks>
    public AnnotationLayers Requires => AnnotationLayers.None;

    /// <inheritdoc />
    public StoryGrouping Detect(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return StoryGrouping.Empty;
        }

        var stream = new StreamingStoryDetector(options);
        stream.Add(documents);
        return stream.TakeChanges().ToGrouping();
    }

    /// <summary>
    /// The detector's similarity (0..1) of two documents taken as a batch of their own (IDF over the two and the
    /// background): what it compares with <see cref="StoryDetectorOptions.StoryThreshold"/> when the second has
    /// started a story and the first arrives.
    /// </summary>
    public double Similarity(Document first, Document second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var raw = new[] { extractor.Extract(first), extractor.Extract(second) };
        var frequencies = new DocumentFrequencies(options.UseBackgroundFrequencies ? BackgroundFrequencies.Default : BackgroundFrequencies.Empty);
        NumberedFeatures[] counts = [frequencies.Add(raw[0]), frequencies.Add(raw[1])];
        var profiles = counts
            .Select((c, i) => new ArrivingArticle($"{i}", null, c, null, null, null, "").Profile(i, frequencies, options.IndexTerms))
            .ToArray();
        var story = new StoryCluster(0, "s");
        story.Add(profiles[1]);
        return Clustering.Similarity.Of(profiles[0], story.Sum, options);
    }

    /// <summary>
    /// How related two documents are (0..1) on a scale meant to be read: the square root of
    /// <see cref="Similarity"/>. Cosines of TF-IDF vectors crowd near zero (two reports of one event often score
    /// 0.2–0.4); the root spreads them so that equal steps mean about equal steps of human judgement. Measured on the
    /// SemEval-2022 Task 8 training pairs, the Pearson correlation with the graded judgements is 0.756 for the
    /// similarity and 0.812 for its root (exponents 0.33–0.5 all give 0.812–0.815; see <c>docs/stories.md</c>).
    /// A monotone rescaling: it orders pairs as <see cref="Similarity"/> does.
    /// </summary>
    public double Relatedness(Document first, Document second) => RelatednessOf(Similarity(first, second));

    /// <summary>The <see cref="Relatedness"/> of two documents whose <see cref="Similarity"/> is <paramref name="similarity"/>.</summary>
    public static double RelatednessOf(double similarity) => Math.Sqrt(similarity);
}
