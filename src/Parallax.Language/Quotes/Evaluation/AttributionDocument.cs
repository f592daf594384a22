using System.Collections.Immutable;
using Parallax.Core.Text;

namespace Parallax.Language.Quotes.Evaluation;

/// <summary>
/// A document of an attribution corpus in BRAT standoff (PolNeAR): its text and, by label, the annotated spans;
/// offsets are UTF-16 indexes into <see cref="Text"/>.
/// </summary>
/// <param name="Name">The text file's name.</param>
/// <param name="Text">The text as stored.</param>
/// <param name="Sources">Every span labelled Source.</param>
/// <param name="Cues">Every span labelled Cue.</param>
/// <param name="Contents">Every span labelled Content.</param>
/// <param name="Attributions">The attribution events tying them together.</param>
public sealed record AttributionDocument(
    string Name,
    string Text,
    ImmutableArray<TextSpan> Sources,
    ImmutableArray<TextSpan> Cues,
    ImmutableArray<TextSpan> Contents,
    ImmutableArray<GoldAttribution> Attributions);
