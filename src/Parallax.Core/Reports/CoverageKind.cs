namespace Parallax.Core.Reports;

/// <summary>What a coverage row is about.</summary>
public enum CoverageKind
{
    Person,
    Organization,
    Location,
    /// <summary>A speaker an outlet quotes or paraphrases.</summary>
    Voice,
    Fact,
}
