namespace Parallax.Core.Reports;

/// <summary>What a coverage row is about.</summary>
public enum CoverageKind
{
    Person,
    Organization,
    Location,
    Fact,
}
