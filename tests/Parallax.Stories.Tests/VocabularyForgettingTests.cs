using System.Text;
using Parallax.Core.Annotations;
using Parallax.Stories.Features;

namespace Parallax.Stories.Tests;

/// <summary>
/// The stream forgets keys no article has had for longer than the storyline window: the vocabulary of a long stream
/// stays bounded, a key met again is counted afresh, and keys open stories still hold keep their numbers. Fixture
/// texts are invented here.
/// </summary>
public sealed class VocabularyForgettingTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 7, 0, 0, TimeSpan.Zero);

    private static readonly string[] Syllables = ["ka", "lo", "mer", "tin", "sa", "vel", "dor", "ri", "ban", "cu", "fen", "go", "har", "ul", "pe", "zan"];

    /// <summary>An invented word, distinct for each number, of letters only.</summary>
    internal static string Word(int number)
    {
        var word = new StringBuilder("zo");
        for (var n = number; ; n /= Syllables.Length)
        {
            word.Append(Syllables[n % Syllables.Length]);
            if (n < Syllables.Length)
            {
                break;
            }
        }

        return word.Append("ex").ToString();
    }

    /// <summary>
    /// Reports of a week's news, four a day, each naming six words and a place of its week only beside the words every
    /// week shares: the vocabulary churns as a real stream's names do.
    /// </summary>
    private static Document[] Week(int week)
    {
        var reports = new List<Document>();
        for (var day = 0; day < 7; day++)
        {
            for (var report = 0; report < 4; report++)
            {
                var topic = (week * 28) + (day * 4) + report;
                var words = string.Join(" ", Enumerable.Range(0, 6).Select(i => Word((topic * 6) + i)));
                var place = char.ToUpperInvariant(Word(topic)[2]) + Word(topic)[3..];
                reports.Add(new Document(SeedArticles.Create(
                    $"outlet{report}",
                    $"Council hears plan for {place}",
                    [$"The council in {place} heard a plan about {words} on the harbour front.", "Residents asked questions about the cost and the timetable."],
                    Start.AddDays((week * 7) + day).AddHours(report))));
            }
        }

        return [.. reports];
    }

    [Fact]
    public void A_stream_whose_vocabulary_churns_keeps_a_bounded_number_of_keys()
    {
        var forgetting = new StreamingStoryDetector(new StoryDetectorOptions { StorylineWindow = TimeSpan.FromDays(14) });
        var remembering = new StreamingStoryDetector(new StoryDetectorOptions { StorylineWindow = TimeSpan.FromDays(1000) });
        var keys = new List<(int Forgetting, int Remembering, int State)>();
        for (var week = 0; week < 16; week++)
        {
            var batch = Week(week);
            forgetting.Add(batch);
            remembering.Add(batch);
            forgetting.TakeChanges();
            remembering.TakeChanges();
            keys.Add((forgetting.KeyCount, remembering.KeyCount, forgetting.SaveState().Length));
        }

        // Each week brings about 230 keys of its own; the horizon keeps two weeks of them and those its storylines hold.
        var (middle, end) = (keys[7], keys[^1]);
        Assert.True(end.Forgetting <= middle.Forgetting * 1.1, $"forgetting: {middle.Forgetting} keys after 8 weeks, {end.Forgetting} after 16");
        Assert.True(end.State <= middle.State * 1.1, $"forgetting: a state of {middle.State} bytes after 8 weeks, {end.State} after 16");
        Assert.True(end.Remembering >= middle.Remembering * 1.8, $"remembering: {middle.Remembering} keys after 8 weeks, {end.Remembering} after 16");
    }

    [Fact]
    public void A_key_met_again_after_the_horizon_is_counted_afresh_and_listed_after_the_keys_counted_since()
    {
        var table = new KeyTable(HashedCounts.Of([new("harbour", 5)]), horizonTicks: 10);
        var harbour = table.IdOf("harbour");
        var ferry = table.IdOf("ferry");
        table.CountDocument(harbour, seen: 0);
        table.CountDocument(ferry, seen: 4);
        table.CountDocument(harbour, seen: 10);
        Assert.Equal(2, table.StreamFrequency(harbour));

        // Exactly the horizon after it was last seen it is still known; past it, it starts again from the one document.
        table.CountDocument(ferry, seen: 14);
        Assert.Equal(2, table.StreamFrequency(ferry));
        Assert.Equal([("ferry", 2, 14L)], table.Counted(now: 21));
        table.CountDocument(harbour, seen: 21);

        Assert.Equal(1, table.StreamFrequency(harbour));
        Assert.Equal(5, table.BackgroundFrequency(harbour));
        Assert.Equal([("ferry", 2, 14L), ("harbour", 1, 21L)], table.Counted(now: 21));
    }

    [Fact]
    public void A_forgotten_key_is_released_unless_held_and_its_number_goes_to_the_next_new_key()
    {
        var table = new KeyTable(HashedCounts.Empty, horizonTicks: 10);
        var held = table.IdOf("lighthouse");
        var loose = table.IdOf("quarry");
        table.CountDocument(held, seen: 0);
        table.CountDocument(loose, seen: 0);
        table.CountDocument(table.IdOf("ferry"), seen: 15);

        table.Hold(held);
        var released = table.ReleaseForgotten(now: 15);

        Assert.Equal([false, true, false], released);
        Assert.Equal(2, table.LiveCount);
        Assert.Equal("lighthouse", table.Key(held));
        Assert.Equal(loose, table.IdOf("pier"));
        Assert.Equal(0, table.StreamFrequency(loose));
        Assert.Equal(held, table.IdOf("lighthouse"));

        // Holds last one release: unheld, the forgotten key goes the next time.
        Assert.True(table.ReleaseForgotten(now: 15)[held]);
    }

    /// <summary>
    /// A daily report of one long repair: the first names a word no later report has, the seventh a word no earlier
    /// one had, and all share the rest, so they make one story that stays open well past the horizon.
    /// </summary>
    private static Document LighthouseReport(int day)
    {
        var extra = day switch
        {
            0 => " Divers found quillstone in the old foundations.",
            6 => " A brackenfold crane arrived by barge.",
            _ => "",
        };
        return new Document(SeedArticles.Create(
            $"coast{day}",
            "Carrow Point lighthouse repairs go on",
            [$"Masons repairing the Carrow Point lighthouse replaced more cracked granite blocks in the tower.{extra}", $"Keeper Ilse Varga said the lamp would stay dark until the work ends, report {day}."],
            Start.AddDays(day)));
    }

    [Fact]
    public void Keys_an_open_story_holds_keep_their_numbers_after_they_are_forgotten()
    {
        // Horizon 4 days, story window 3: the story takes a report a day for ten days, so the first report's word is
        // forgotten while the story is open. Were its number released, the seventh report's new word would take it and
        // add to the first word's sum, and the stream would differ from one restored (numbered afresh) every day.
        var options = new StoryDetectorOptions { StorylineWindow = TimeSpan.FromDays(4) };
        Document[][] days = [.. Enumerable.Range(0, 10).Select(static d => new[] { LighthouseReport(d) })];

        var (continuous, continuousState) = DetectorRun.Stream(days, options: options);
        var (restored, restoredState) = DetectorRun.Stream(days, restoreBetweenBatches: true, options: options);

        Assert.Single(continuous.Split('\n'), static l => l.StartsWith("story ", StringComparison.Ordinal));
        Assert.Equal(restored, continuous);
        Assert.Equal(restoredState, continuousState);
    }
}
