using Parallax.Core.Articles;

namespace Parallax.Extraction.Html;

/// <summary>What an element's class and id attributes name (see <see cref="ClassHints"/>).</summary>
/// <param name="Negative">The furniture kind named first, or null when none is named.</param>
/// <param name="Positive">True when they name the article or its content.</param>
internal readonly record struct ElementHints(RemovalReason? Negative, bool Positive)
{
    /// <summary>A score for candidate containers: +25 for an article hint, -25 for a furniture hint.</summary>
    public int Weight => (Positive ? 25 : 0) - (Negative is null ? 0 : 25);
}
