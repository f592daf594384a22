namespace Parallax.Stories.Duplicates;

/// <summary>An article held in the near-duplicate window: what a later copy needs to link to it.</summary>
/// <param name="Order">Its position in the stream.</param>
/// <param name="Id">Its article id.</param>
/// <param name="Time">Its time, when known.</param>
/// <param name="Signature">Its MinHash signature.</param>
/// <param name="Story">The index of the story it joined.</param>
internal sealed record DuplicateCandidate(long Order, string Id, DateTimeOffset? Time, uint[] Signature, int Story);
