using Parallax.Core.Annotations;

namespace Parallax.Stories.Tests;

/// <summary>
/// A storyline that runs for months keeps what its window needs, not every event it ever had: its sums and index
/// terms drop the keys the stream has forgotten, and its stories keep their ids alone. Fixture texts are invented here.
/// </summary>
public sealed class StorylineBoundTests
{
    private static readonly DateTimeOffset Start = new(2024, 2, 5, 8, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// One subject in bursts four days apart (longer than the story window, so each burst is a story of its own and
    /// closes), three reports a burst, each burst naming six invented words and a person of its own.
    /// </summary>
    private static Document[] Burst(int burst)
    {
        var words = string.Join(" ", Enumerable.Range(0, 6).Select(i => VocabularyForgettingTests.Word((burst * 7) + i)));
        var person = char.ToUpperInvariant(VocabularyForgettingTests.Word((burst * 7) + 6)[2]) + VocabularyForgettingTests.Word((burst * 7) + 6)[3..];
        return
        [
            .. Enumerable.Range(0, 3).Select(report => new Document(SeedArticles.Create(
                $"desk{report}",
                "Harbour dock strike continues",
                [
                    $"Dock workers at the Port of Calloway stayed on strike over pay and shift rotas, the union said. Mediator {person} met both sides about {words}.",
                    "Container ships waited at anchor outside the harbour while the talks went on.",
                ],
                Start.AddDays(burst * 4).AddHours(report * 3)))),
        ];
    }

    [Fact]
    public void A_storyline_fed_for_months_keeps_a_bounded_state_and_stays_one_storyline()
    {
        // Horizon 20 days; 40 bursts are 160 days. Without dropping forgotten keys the storyline's sums would hold
        // every burst's words (and keep them from being forgotten), so the state would grow with every burst.
        var options = new StoryDetectorOptions { StorylineWindow = TimeSpan.FromDays(20), UseBackgroundFrequencies = false };
        var detector = new StreamingStoryDetector(options);
        var model = new GroupingModel();
        var sizes = new List<(int State, int Keys)>();
        for (var burst = 0; burst < 40; burst++)
        {
            detector.Add(Burst(burst));
            model.Apply(detector.TakeChanges());
            sizes.Add((detector.SaveState().Length, detector.KeyCount));
        }

        var lines = model.Describe().Split('\n').Where(static l => l.StartsWith("line ", StringComparison.Ordinal)).ToList();
        Assert.Single(lines);
        Assert.Equal(40, detector.StoryCount);

        // The keys held level off once the horizon is reached; the state grows only by the ids of the stories the
        // storyline lists, far less per burst than the first burst's words and story added.
        var (middle, end) = (sizes[19], sizes[^1]);
        Assert.True(end.Keys <= middle.Keys * 1.1, $"{middle.Keys} keys held after 20 bursts, {end.Keys} after 40 ({string.Join(" ", sizes)})");
        var growthPerBurst = (end.State - middle.State) / 20.0;
        Assert.True(
            growthPerBurst < (sizes[1].State - sizes[0].State) / 10.0,
            $"a state of {middle.State} bytes after 20 bursts, {end.State} after 40 ({string.Join(" ", sizes)})");
    }

    [Fact]
    public void A_storyline_fed_for_months_is_reported_and_saved_without_the_list_of_its_stories()
    {
        // The same subject for 40 bursts: each change names the storyline with the story that joined it, not with
        // every story it had, and the saved state does not grow by a story's id per burst (a state that kept the
        // storyline's list grew by about 32 bytes a burst: the list and the one last reported).
        var options = new StoryDetectorOptions { StorylineWindow = TimeSpan.FromDays(20), UseBackgroundFrequencies = false };
        var detector = new StreamingStoryDetector(options);
        var sizes = new List<int>();
        var longestReported = 0;
        for (var burst = 0; burst < 40; burst++)
        {
            detector.Add(Burst(burst));
            var change = detector.TakeChanges();
            if (burst > 0)
            {
                longestReported = Math.Max(longestReported, change.Storylines.Max(static l => l.StoryIds.Length));
            }

            sizes.Add(detector.SaveState().Length);
        }

        Assert.Equal(40, detector.StoryCount);
        Assert.True(longestReported <= 2, $"a storyline reported with {longestReported} stories after the first change");
        var growthPerBurst = (sizes[^1] - sizes[19]) / 20.0;
        Assert.True(growthPerBurst < 8, $"the state grew by {growthPerBurst} bytes a burst ({string.Join(" ", sizes)})");
    }
}
