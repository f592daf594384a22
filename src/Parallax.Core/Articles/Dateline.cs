using Parallax.Core.Text;

namespace Parallax.Core.Articles;

/// <summary>
/// The dateline that opens a news article ("LIMA, Peru (AP) _", "BEIJING, March 3 (Xinhua) --",
/// "GENEVA —"): page furniture that says where the story was filed and by which agency, not part of its first
/// sentence. Found by <see cref="DatelineReader"/>.
/// </summary>
/// <param name="Span">From the first character of the dateline through its closing dash, in <see cref="Article.Text"/>.</param>
/// <param name="Place">The place as written, with a state or country ("LIMA, Peru") but without a date; null when the
/// dateline names only an agency ("(CNN) --").</param>
/// <param name="Agency">The agency or outlet in parentheses ("AP", "Reuters"), or null when there is none.</param>
public sealed record Dateline(TextSpan Span, string? Place, string? Agency);
