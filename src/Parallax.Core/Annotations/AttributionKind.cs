namespace Parallax.Core.Annotations;

/// <summary>How a statement is attributed to its speaker.</summary>
public enum AttributionKind
{
    /// <summary>A full direct quote in quotation marks.</summary>
    Direct,
    /// <summary>A fragment in quotation marks inside the reporter's own sentence.</summary>
    Partial,
    /// <summary>Indirect speech ("Peskov said that …"): a paraphrase, never shown as a quote.</summary>
    Indirect,
}
