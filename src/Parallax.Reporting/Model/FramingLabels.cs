using Parallax.Core.Reports;

namespace Parallax.Reporting.Model;

/// <summary>How the report names each kind of framing word.</summary>
internal static class FramingLabels
{
    public static string Of(FramingUse use) => use switch
    {
        FramingUse.AttributionVerb => "Attribution verbs",
        FramingUse.EvaluativeAttributionVerb => "Attribution verbs that judge",
        FramingUse.LoadedOwnVoice => "Loaded words in its own voice",
        FramingUse.LoadedInQuote => "Loaded words it quotes",
        _ => throw new ArgumentOutOfRangeException(nameof(use)),
    };
}
