using System.Collections.Immutable;

namespace Parallax.Language.Time.Evaluation;

/// <summary>
/// A TimeML document as TempEval-3 scores it: the text of its <c>TEXT</c> element with all markup removed, the
/// document creation time from <c>DCT</c>, and the TIMEX3 annotations of the text (the DCT's own is not scored).
/// </summary>
/// <param name="Name">The file name.</param>
/// <param name="Text">The text of the <c>TEXT</c> element, white space as in the file.</param>
/// <param name="CreationTime">The date of the DCT, or null when the file has none.</param>
/// <param name="Timexes">The gold TIMEX3s in text order.</param>
public sealed record TimeMlDocument(string Name, string Text, DateOnly? CreationTime, ImmutableArray<GoldTimex> Timexes);
