namespace Parallax.Stories.Persistence;

/// <summary>
/// Saves every detector option with the state: a state is only meaningful under the options that built it, and a
/// restored detector takes them back (or refuses different ones).
/// </summary>
internal static class StreamStateOptions
{
    public static void Write(StreamStateWriter writer, StoryDetectorOptions options)
    {
        writer.Write(options.StoryThreshold);
        writer.Write(options.StorylineThreshold);
        writer.Write(options.StoryWindow.Ticks);
        writer.Write(options.StorylineWindow.Ticks);
        writer.Write(options.DuplicateWindow.Ticks);
        writer.Write(options.NameWeight);
        writer.Write(options.AnchorWeight);
        writer.Write(options.LeadWeekdayRule);
        writer.Write(options.UseBackgroundFrequencies);
        writer.Write(options.TitleWeight);
        writer.Write(options.LeadWeight);
        writer.Write(options.IndexTerms);
        writer.Write(options.CandidateLimit);
        writer.Write(options.DuplicateThreshold);
        writer.Write(options.ShingleSize);
        writer.Write(options.MinHashCount);
        writer.Write(options.DuplicateBands);
        writer.Write(options.MaxTitleLength);
    }

    public static StoryDetectorOptions Read(StreamStateReader reader) => new()
    {
        StoryThreshold = reader.ReadDouble(),
        StorylineThreshold = reader.ReadDouble(),
        StoryWindow = TimeSpan.FromTicks(reader.ReadInt64()),
        StorylineWindow = TimeSpan.FromTicks(reader.ReadInt64()),
        DuplicateWindow = TimeSpan.FromTicks(reader.ReadInt64()),
        NameWeight = reader.ReadDouble(),
        AnchorWeight = reader.ReadDouble(),
        LeadWeekdayRule = reader.ReadBoolean(),
        UseBackgroundFrequencies = reader.ReadBoolean(),
        TitleWeight = reader.ReadDouble(),
        LeadWeight = reader.ReadDouble(),
        IndexTerms = reader.ReadInt32(),
        CandidateLimit = reader.ReadInt32(),
        DuplicateThreshold = reader.ReadDouble(),
        ShingleSize = reader.ReadInt32(),
        MinHashCount = reader.ReadInt32(),
        DuplicateBands = reader.ReadInt32(),
        MaxTitleLength = reader.ReadInt32(),
    };
}
