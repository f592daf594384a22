namespace Parallax.Language.Time;

/// <summary>The temporal orientation of the verb group around an expression, as far as cue words reveal it.</summary>
internal enum Tense
{
    Unknown,
    Past,
    Future,
}
