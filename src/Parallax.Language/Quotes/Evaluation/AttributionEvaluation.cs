using Parallax.Core.Pipeline;
using Parallax.Core.Text;

namespace Parallax.Language.Quotes.Evaluation;

/// <summary>Runs an attributor over an attribution corpus, each text read as a <see cref="CorpusArticle"/>, and scores it.</summary>
public static class AttributionEvaluation
{
    /// <summary>
    /// Runs the default sentence, token and entity stages and <paramref name="attributor"/> (the default attributor
    /// when null) on every document of <paramref name="corpus"/>, in parallel, and sums the scores.
    /// </summary>
    public static AttributionScore Score(IReadOnlyList<AttributionDocument> corpus, QuoteAttributor? attributor = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var builder = new ParallaxPipelineBuilder().UseSentences().UseTokens().UseEntities();
        builder.Annotators.Add(attributor ?? new QuoteAttributor());
        var pipeline = builder.Build();
        var scores = new AttributionScore[corpus.Count];
        Parallel.For(0, corpus.Count, i => scores[i] = AttributionScorer.ScoreDocument(corpus[i], Attribute(corpus[i], pipeline)));
        return scores.Aggregate(AttributionScore.Zero, static (sum, one) => sum.Plus(one));
    }

    /// <summary>
    /// The gold attributions of <paramref name="corpus"/> that <paramref name="attributor"/> misses in part or in
    /// whole, in corpus order: a role counts as found when any system span of that role overlaps it.
    /// </summary>
    public static IReadOnlyList<MissedAttribution> Misses(IReadOnlyList<AttributionDocument> corpus, QuoteAttributor attributor)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(attributor);
        var builder = new ParallaxPipelineBuilder().UseSentences().UseTokens().UseEntities();
        builder.Annotators.Add(attributor);
        var pipeline = builder.Build();
        var perDocument = new List<MissedAttribution>[corpus.Count];
        Parallel.For(0, corpus.Count, i =>
        {
            var gold = corpus[i];
            var system = Attribute(gold, pipeline);
            static bool Found(TextSpan? span, IEnumerable<TextSpan?> found) => span is not { } s || found.Any(f => f is { } x && x.Overlaps(s));
            perDocument[i] = [.. gold.Attributions
                .Select(a => new MissedAttribution(gold.Name, a, Found(a.Source, system.Select(x => x.Source)), Found(a.Cue, system.Select(x => x.Cue)), Found(a.Content, system.Select(x => (TextSpan?)x.Content))))
                .Where(m => !(m.SourceFound && m.CueFound && m.ContentFound))];
        });
        return [.. perDocument.SelectMany(m => m)];
    }

    /// <summary>
    /// The speed of the attribution stage alone, on one thread: the documents of <paramref name="corpus"/> are
    /// annotated up to entities first, then <paramref name="attributor"/> runs over all of them
    /// <paramref name="runs"/> times after one warm-up pass. Returns the tokens attributed per second.
    /// </summary>
    public static double TokensPerSecond(IReadOnlyList<AttributionDocument> corpus, QuoteAttributor attributor, int runs = 3)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(attributor);
        var pipeline = new ParallaxPipelineBuilder().UseSentences().UseTokens().UseEntities().Build();
        var documents = corpus.Select(d => pipeline.Annotate(CorpusArticle.From(d.Name, d.Text).Article)).ToList();
        var tokens = documents.Sum(d => d.Tokens.Length);
        foreach (var document in documents)
        {
            attributor.Annotate(document);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var run = 0; run < runs; run++)
        {
            foreach (var document in documents)
            {
                attributor.Annotate(document);
            }
        }

        return (double)tokens * runs / clock.Elapsed.TotalSeconds;
    }

    /// <summary>The attributions <paramref name="pipeline"/> finds in <paramref name="gold"/>'s text, in the text's own offsets.</summary>
    public static List<SystemAttribution> Attribute(AttributionDocument gold, ParallaxPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(pipeline);
        var article = CorpusArticle.From(gold.Name, gold.Text);
        var document = pipeline.Annotate(article.Article);
        return [.. document.Attributions.Select(a => new SystemAttribution(article.ToText(a.SourceSpan), article.ToText(a.Cue), article.ToText(a.Content)!.Value))];
    }
}
