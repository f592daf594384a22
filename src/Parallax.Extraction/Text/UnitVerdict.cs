namespace Parallax.Extraction.Text;

/// <summary>What the classifier decided a unit is.</summary>
internal enum UnitVerdict
{
    Body,
    Title,
    Caption,
    Removed,
    /// <summary>Not prose and not recognised boilerplate: removed as a fragment unless it turns out to be the headline.</summary>
    Fragment,
}
