namespace Parallax.Language.Time;

/// <summary>The temporal orientation of the verb group around an expression, as far as cue words or its tags reveal it.</summary>
internal enum Tense
{
    Unknown,
    Past,

    /// <summary>A present-tense finite verb ("they meet", "the vote is set for"): news puts a bare weekday after it ahead.</summary>
    Present,
    Future,
}
