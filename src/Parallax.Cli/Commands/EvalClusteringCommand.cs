using System.CommandLine;
using System.Globalization;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Language;
using Parallax.Stories;
using Parallax.Stories.Evaluation;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax eval clustering --dataset PATH</c>: story detection scored against public gold stories.</summary>
internal static class EvalClusteringCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dataset = new Option<string>("--dataset")
        {
            Description = "A UCI News Aggregator CSV (STORY labels), a folder of cluster folders (e.g. DUC 2004 "
                + "TEST_docs_Parsed), or a SemEval-2022 Task 8 pair CSV (en–en rows are scored).",
            Required = true,
        };
        var threshold = new Option<double?>("--story-threshold")
        {
            Description = "Override the detector's story threshold (default: the detector's own).",
        };
        var storylineThreshold = new Option<double?>("--storyline-threshold")
        {
            Description = "Override the detector's storyline threshold (default: the detector's own).",
        };
        var noWeekday = new Option<bool>("--no-lead-weekday")
        {
            Description = "Turn off the rule that undated articles whose leads name different weekdays are different events.",
        };
        var noBackground = new Option<bool>("--no-background")
        {
            Description = "Take IDF from the data set alone, without the shipped background document frequencies.",
        };
        var clusters = new Option<FileInfo?>("--clusters")
        {
            Description = "Also write every article's gold story, predicted story and storyline, and its opening words, as a tab-separated FILE (clustered data sets only).",
        };
        var half = new Option<GoldHalf?>("--half")
        {
            Description = "Score only the articles of one half of the gold stories (dev or check, split by a stable hash "
                + "of the story id), the detector run on them alone (clustered data sets only).",
        };
        var command = new Command("clustering", "Score story detection: B-cubed and pairwise precision, recall and F1, or Pearson r on graded pairs.")
        {
            dataset, threshold, storylineThreshold, noWeekday, noBackground, clusters, half,
        };
        command.SetAction(parse =>
        {
            var options = StoryDetectorOptions.Default with
            {
                LeadWeekdayRule = !parse.GetValue(noWeekday),
                UseBackgroundFrequencies = !parse.GetValue(noBackground),
            };
            if (parse.GetValue(threshold) is { } t)
            {
                options = options with { StoryThreshold = t };
            }

            if (parse.GetValue(storylineThreshold) is { } l)
            {
                options = options with { StorylineThreshold = l };
            }

            return Run(parse.GetValue(dataset)!, options, parse.GetValue(clusters), parse.GetValue(half), output, error);
        });
        return command;
    }

    private static int Run(string path, StoryDetectorOptions options, FileInfo? clustersFile, GoldHalf? half, TextWriter output, TextWriter error)
    {
        var detector = new StoryDetector(options);
        var annotator = new ParallaxPipelineBuilder().UseSentences().UseTokens().UseEntities().Build();
        try
        {
            if (ClusteringDatasets.IsPairFile(path))
            {
                if (half is not null)
                {
                    error.WriteLine("parallax: --half splits clustered data sets by gold story; a pair file has none (score its training split instead).");
                    return ExitCodes.NothingAnalysed;
                }

                ScorePairs(path, detector, annotator, output);
            }
            else
            {
                ScoreClusters(path, half, detector, annotator, clustersFile, output);
            }
        }
        catch (InvalidDataException ex)
        {
            error.WriteLine($"parallax: {ex.Message}");
            return ExitCodes.NothingAnalysed;
        }
        catch (IOException ex)
        {
            error.WriteLine($"parallax: {path}: {ex.Message}");
            return ExitCodes.NothingAnalysed;
        }

        return ExitCodes.Success;
    }

    private static void ScoreClusters(string path, GoldHalf? half, StoryDetector detector, ParallaxPipeline annotator, FileInfo? clustersFile, TextWriter output)
    {
        var data = ClusteringDatasets.LoadLabelled(path);
        if (half is { } selected)
        {
            data = GoldHalves.Select(data, selected);
        }

        var documents = new Document[data.Articles.Length];
        Parallel.For(0, documents.Length, i => documents[i] = annotator.Annotate(data.Articles[i]));
        var grouping = detector.Detect(documents);
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var storylineOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in grouping.Stories)
        {
            foreach (var id in story.ArticleIds)
            {
                storyOf[id] = story.Id;
                storylineOf[id] = story.StorylineId;
            }
        }

        if (clustersFile is not null)
        {
            ClusterListing.Write(clustersFile.FullName, data, storyOf, storylineOf);
        }

        var scores = ClusteringScorer.Score(data.Labels, [.. data.Articles.Select(a => storyOf[a.Id])]);
        var storylines = ClusteringScorer.Score(data.Labels, [.. data.Articles.Select(a => storylineOf[a.Id])]);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{data.Name}: {scores.Items} articles, {scores.GoldClusters} gold stories, {scores.PredictedClusters} predicted (story threshold {detector.Options.StoryThreshold:0.###}, storyline threshold {detector.Options.StorylineThreshold:0.###})"));
        output.WriteLine($"B-cubed   {scores.BCubed}");
        output.WriteLine($"pairwise  {scores.Pairwise}");
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"storylines as clusters ({storylines.PredictedClusters}): B-cubed {storylines.BCubed}; pairwise {storylines.Pairwise}"));
    }

    private static void ScorePairs(string path, StoryDetector detector, ParallaxPipeline annotator, TextWriter output)
    {
        var pairs = ClusteringDatasets.LoadPairs(path);
        if (pairs.Length < 2)
        {
            throw new InvalidDataException($"{path}: fewer than two en–en pairs with an Overall score.");
        }

        var similarities = new double[pairs.Length];
        var joinSimilarities = new double[pairs.Length];
        Parallel.For(0, pairs.Length, i =>
        {
            joinSimilarities[i] = detector.Similarity(annotator.Annotate(pairs[i].First), annotator.Annotate(pairs[i].Second));
            similarities[i] = StoryDetector.RelatednessOf(joinSimilarities[i]);
        });

        // Overall runs from 1 (same story) to 4 (unrelated): similarity should rise as it falls.
        var negatedOverall = pairs.Select(p => -p.Overall).ToArray();
        var r = PearsonCorrelation.Of(similarities, negatedOverall);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}: {pairs.Length} en–en pairs"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Pearson r (story relatedness vs −Overall) {r:0.000}"));
        var decisions = SameStoryDecisions.Of(joinSimilarities, [.. pairs.Select(p => p.Overall)], detector.Options.StoryThreshold);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"joined at the story threshold {detector.Options.StoryThreshold:0.###}: {decisions.Joined} of {decisions.Pairs} pairs; same story (Overall ≤ {SameStoryDecisions.SameStoryOverall:0}): {decisions.Same}; {decisions.Scores}; accuracy {decisions.Accuracy:0.000}"));
    }
}
