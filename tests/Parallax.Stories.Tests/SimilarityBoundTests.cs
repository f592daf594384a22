using Parallax.Stories.Clustering;
using Parallax.Stories.Evaluation;
using Parallax.Stories.Features;

namespace Parallax.Stories.Tests;

public sealed class SimilarityBoundTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.1)]
    public void The_bounded_similarity_is_the_plain_one_bit_for_bit_or_stops_only_below_the_floor(double anchorWeight)
    {
        var options = StoryDetectorOptions.Default with { AnchorWeight = anchorWeight };
        var random = new SplitMixRandom(17);
        var frequencies = new DocumentFrequencies(BackgroundFrequencies.Empty);
        var stories = new FeatureSum[6];
        for (var s = 0; s < stories.Length; s++)
        {
            stories[s] = new FeatureSum();
            for (var member = 0; member < 4; member++)
            {
                stories[s].Add(Article(frequencies, random, topic: s));
            }
        }

        var tails = new TailNorms();
        var (stopped, completed) = (0, 0);
        for (var trial = 0; trial < 60; trial++)
        {
            var article = Article(frequencies, random, topic: trial % stories.Length);
            tails.Compute(article.Terms.Weights);
            foreach (var story in stories)
            {
                var plain = Similarity.Of(article, story, options);
                var floor = random.NextDouble() * 0.8;
                if (Similarity.TryOfAtLeast(article, story, options, floor, tails, out var bounded))
                {
                    completed++;
                    Assert.Equal(BitConverter.DoubleToInt64Bits(plain), BitConverter.DoubleToInt64Bits(bounded));
                }
                else
                {
                    stopped++;
                    Assert.True(plain < floor);
                }
            }
        }

        Assert.True(stopped > 0 && completed > 0, $"{stopped} stopped, {completed} completed");
    }

    /// <summary>An invented article: words of its topic and of the shared vocabulary, a few names, maybe a weekday.</summary>
    private static ArticleProfile Article(DocumentFrequencies frequencies, SplitMixRandom random, int topic)
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < 40; i++)
        {
            var word = random.NextDouble() < 0.5 ? $"topic{topic}word{random.NextUInt64() % 30}" : $"common{random.NextUInt64() % 200}";
            terms[word] = terms.GetValueOrDefault(word) + 1;
        }

        var names = new Dictionary<string, double>(StringComparer.Ordinal) { [$"name{topic}"] = 2, [$"name{random.NextUInt64() % 20}"] = 1 };
        var anchors = new Dictionary<string, double>(StringComparer.Ordinal);
        if (random.NextDouble() < 0.7)
        {
            anchors[$"day{random.NextUInt64() % 7}"] = 1;
        }

        var numbered = frequencies.Add(new RawFeatures(terms, names, anchors));
        var n = frequencies.TotalCount;
        return new ArticleProfile(
            $"a{frequencies.Count}",
            frequencies.Count,
            null,
            WeightedVector.FromCounts(numbered.Terms, frequencies.Terms, n),
            WeightedVector.FromCounts(numbered.Names, frequencies.Names, n),
            WeightedVector.FromCounts(numbered.Anchors, frequencies.Anchors, n),
            [],
            null,
            null,
            "");
    }
}
