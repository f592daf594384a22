namespace Parallax.Language.Quotes.Tagging;

/// <summary>The parts of an attribution the tagger labels.</summary>
internal enum TaggedRole
{
    Cue,
    Source,
    Content,
}
