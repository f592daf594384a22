namespace Parallax.Stories.Features;

/// <summary>One article's weighted term and name counts, before IDF weighting.</summary>
/// <param name="Terms">Stemmed content words with their position-weighted counts.</param>
/// <param name="Names">Folded proper-name keys with their position-weighted counts.</param>
/// <param name="Anchors">Weekday, month and year words with their counts.</param>
internal sealed record RawFeatures(Dictionary<string, double> Terms, Dictionary<string, double> Names, Dictionary<string, double> Anchors);
