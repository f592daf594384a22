using Parallax.Core.Annotations;

namespace Parallax.Stories.Tests;

/// <summary>
/// The invented stream whose first <see cref="SavedAfter"/> articles a build of format <c>parallax-story-stream/5</c>
/// saved into <c>Fixtures/stream-state-v5.bin</c> (and a build of format 6 into <c>Fixtures/stream-state-v6.bin</c>, after the same articles): three subjects in bursts six days apart, so by then stories have
/// closed into storylines of several stories, whose members that format kept with their sizes and titles.
/// </summary>
internal static class VersionFiveStream
{
    public const int Bursts = 6;

    public const int ReportsPerBurst = 4;

    /// <summary>Articles of the first four bursts of every subject.</summary>
    public const int SavedAfter = 4 * 3 * ReportsPerBurst;

    /// <summary>The options it was saved under: no background counts, which would make most of the file.</summary>
    public static StoryDetectorOptions Options { get; } = new() { UseBackgroundFrequencies = false };

    private static readonly DateTimeOffset Start = new(2024, 3, 4, 6, 0, 0, TimeSpan.Zero);

    private static readonly (string Title, string Body)[] Subjects =
    [
        ("Ferry timetable cut", "The ferry line between Oskarby and Tellin Point will run fewer crossings. Commuters on the island said the cut would leave them stranded in the evening."),
        ("Museum roof repaired", "Workers repaired the copper roof of the Halvard Museum after storms tore off a section. The paintings in the upper gallery had been moved to safety in time."),
        ("Cycling lanes approved", "The council of Marrowfield approved protected cycling lanes along the river road. Shop owners on the river road asked for loading bays to be kept."),
    ];

    private static readonly string[] Names = ["Miriam Odhiambo", "Benedikt Zoranic", "Agnes Pellworth", "Tomasz Ruell", "Ilse Varcoe", "Kwame Ostrander"];

    /// <summary>Every burst of every subject, in time order: a burst is four reports over a day, quoting a person of its own.</summary>
    public static Document[] Documents()
    {
        var documents = new List<Document>();
        for (var burst = 0; burst < Bursts; burst++)
        {
            for (var report = 0; report < ReportsPerBurst; report++)
            {
                for (var subject = 0; subject < Subjects.Length; subject++)
                {
                    var (title, body) = Subjects[subject];
                    var name = Names[(burst + subject) % Names.Length];
                    documents.Add(new Document(SeedArticles.Create(
                        $"outlet{report}",
                        $"{title}: {name} speaks",
                        [body, $"{name} said the decision of week {burst + 1} was final, in remarks to outlet {report}."],
                        Start.AddDays(burst * 6).AddHours((report * 5) + subject))));
                }
            }
        }

        return [.. documents];
    }
}
