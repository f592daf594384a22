namespace Parallax.Stories.Evaluation;

/// <summary>
/// One of the two halves a clustered evaluation set is split into by gold story (<see cref="GoldHalves"/>): errors are
/// read and settings chosen on <see cref="Dev"/>; <see cref="Check"/> is only scored, to see whether a choice holds.
/// </summary>
public enum GoldHalf
{
    /// <summary>The gold stories whose id hashes to an even number: the half to read errors and choose settings on.</summary>
    Dev,

    /// <summary>The gold stories whose id hashes to an odd number: the half that confirms a choice.</summary>
    Check,
}
