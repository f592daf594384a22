using Parallax.Core.Annotations;
using Parallax.Stories.Evaluation;

namespace Parallax.Stories.Tests;

/// <summary>
/// The invented stream whose first <see cref="SavedAfter"/> articles a build of format <c>parallax-story-stream/4</c>
/// saved into <c>Fixtures/stream-state-v4.bin</c>: the state a store kept before version 5.
/// </summary>
internal static class VersionFourStream
{
    public const int SavedAfter = 40;

    /// <summary>The options it was saved under: no background counts, which would make most of the file.</summary>
    public static StoryDetectorOptions Options { get; } = new() { UseBackgroundFrequencies = false };

    private static readonly SourceText[] Texts =
    [
        SourceText.Parse("Tram depot fire\nFire crews in Veltham fought a blaze at the old tram depot through the night. Chief officer Rosa Marchetti said no one was hurt but two trams were destroyed. The depot will stay closed while investigators look for the cause."),
        SourceText.Parse("Orchard harvest falls\nApple growers around Brindle Vale picked their smallest harvest in a decade after a late frost. Grower Tomas Ekwueme said the blossom froze in April. Cider makers expect higher prices this winter."),
    ];

    public static Document[] Documents() =>
    [
        .. new SyntheticNewsGenerator(Texts, 7, new DateTimeOffset(2024, 9, 2, 6, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(2))
            .Generate(80)
            .DistinctBy(static a => a.Id)
            .Select(static a => new Document(a)),
    ];
}
