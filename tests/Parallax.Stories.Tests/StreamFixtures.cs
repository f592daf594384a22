using Parallax.Core.Annotations;

namespace Parallax.Stories.Tests;

/// <summary>Made-up reports of a few local events, written for the streaming tests; two reports per event.</summary>
internal static class StreamFixtures
{
    public static readonly DateTimeOffset Start = new(2024, 5, 6, 8, 0, 0, TimeSpan.Zero);

    public static Document BridgeClosedA(DateTimeOffset? at) => Report(
        "gazette",
        "Harbour bridge closed after engineers find crack in main girder",
        at,
        "The Harbour bridge in Kessington was closed to all traffic after inspectors found a deep crack in its main steel girder.",
        "Engineer Paula Brandt said the girder could not carry lorries or buses until it was repaired and the bridge would stay shut for weeks.",
        "Ferry operators added extra crossings to carry commuters across the harbour while the bridge is closed.");

    public static Document BridgeClosedB(DateTimeOffset? at) => Report(
        "herald",
        "Crack shuts Kessington harbour bridge",
        at,
        "Kessington's harbour bridge is shut to traffic after a crack was found in the main girder during an inspection.",
        "Paula Brandt, the city's chief engineer, said the steel girder had to be repaired before lorries and buses could cross.",
        "Extra ferry crossings will carry commuters over the harbour while the bridge stays closed.");

    public static Document BridgeReopened(DateTimeOffset? at) => Report(
        "gazette",
        "Kessington harbour bridge reopens after girder repair",
        at,
        "The Harbour bridge in Kessington reopened to traffic after welders repaired the cracked main girder.",
        "Engineer Paula Brandt said the repaired steel girder passed a load test with lorries and buses.",
        "The extra ferry crossings added while the bridge was closed will end this weekend.");

    public static Document MarathonA(DateTimeOffset? at) => Report(
        "courier",
        "Okoro breaks Lakeside marathon course record",
        at,
        "Runner Amaka Okoro broke the Lakeside marathon course record, finishing the race in two hours and nineteen minutes.",
        "Okoro said the cool weather and flat course along the lake helped her keep a fast pace over the final miles.",
        "More than eight thousand runners started the marathon, the largest field in its history.");

    public static Document MarathonB(DateTimeOffset? at) => Report(
        "tribune",
        "Course record falls at Lakeside marathon",
        at,
        "Amaka Okoro set a new course record at the Lakeside marathon, crossing the finish line in two hours and nineteen minutes.",
        "The runner thanked the cool weather and the flat lakeside course for her fast pace in the final miles.",
        "Organisers said over eight thousand runners started the race, a record field for the marathon.");

    private static Document Report(string source, string title, DateTimeOffset? at, params string[] body) =>
        new(SeedArticles.Create(source, title, body, at));
}
