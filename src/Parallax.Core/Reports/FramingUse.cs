namespace Parallax.Core.Reports;

/// <summary>How an outlet uses a framing word.</summary>
public enum FramingUse
{
    /// <summary>A verb that attributes a statement without judging it ("said", "told", "according to").</summary>
    AttributionVerb,

    /// <summary>A verb that attributes a statement and judges it ("claimed", "admitted", "insisted").</summary>
    EvaluativeAttributionVerb,

    /// <summary>An evaluative or loaded word in the outlet's own voice (outside quotation marks).</summary>
    LoadedOwnVoice,

    /// <summary>An evaluative or loaded word inside a quotation: the speaker's word, not the outlet's.</summary>
    LoadedInQuote,
}
