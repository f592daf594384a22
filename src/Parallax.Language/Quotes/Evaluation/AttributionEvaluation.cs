using Parallax.Core.Pipeline;

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
        if (Environment.GetEnvironmentVariable("PX_DUMP") is { } dump)
        {
            using var w = new StreamWriter(dump);
            foreach (var d in corpus)
            {
                var sys = Attribute(d, pipeline);
                foreach (var g in d.Attributions)
                {
                    string S(Parallax.Core.Text.TextSpan? x) => x is { } y ? d.Text.Substring(y.Start, y.Length).Replace('\n', ' ') : "-";
                    var hit = sys.FirstOrDefault(a => g.Content is { } c && a.Content.Overlaps(c));
                    w.WriteLine($"G\t{(hit is null ? "MISS" : "HIT")}\t{S(g.Source)}\t{S(g.Cue)}\t{S(g.Content)}");
                    if (hit is not null) w.WriteLine($"S\t\t{S(hit.Source)}\t{S(hit.Cue)}\t{S(hit.Content)}");
                }
                foreach (var a in sys.Where(a => !d.Contents.Any(c => c.Overlaps(a.Content))))
                {
                    string S(Parallax.Core.Text.TextSpan? x) => x is { } y ? d.Text.Substring(y.Start, y.Length).Replace('\n', ' ') : "-";
                    w.WriteLine($"FP\t\t{S(a.Source)}\t{S(a.Cue)}\t{S(a.Content)}");
                }
            }
        }

        return scores.Aggregate(AttributionScore.Zero, static (sum, one) => sum.Plus(one));
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
