using System.Collections.Immutable;
using Parallax.Core.Articles;

namespace Parallax.Extraction.Text;

/// <summary>Page text split into headline, body prose, removed boilerplate and captions.</summary>
/// <param name="Title">The headline found in the text, or null.</param>
/// <param name="Body">Body paragraphs (prose only), white space folded.</param>
/// <param name="Removed">Everything kept out of the body and why, in page order.</param>
/// <param name="Captions">Photo captions and credits, in page order.</param>
/// <param name="OutletSignal">The outlet named by the page's own furniture (appeals, sign-up boxes, author bio), or null.</param>
/// <param name="AuthorSignal">The author named by a byline or author box, or null.</param>
public sealed record CleanedText(
    string? Title,
    ImmutableArray<string> Body,
    ImmutableArray<RemovedBlock> Removed,
    ImmutableArray<string> Captions,
    string? OutletSignal,
    string? AuthorSignal);
