using System.Collections.Immutable;

namespace Parallax.Extraction.Evaluation;

/// <summary>One annotated page of the trafilatura evaluation set.</summary>
/// <param name="Url">The page's URL (the key in <c>evaldata.json</c>).</param>
/// <param name="File">The page's file name under <c>eval/</c> or <c>cache/</c>.</param>
/// <param name="With">Snippets the main text must contain.</param>
/// <param name="Without">Snippets (boilerplate) the main text must not contain.</param>
public sealed record SnippetPage(string Url, string File, ImmutableArray<string> With, ImmutableArray<string> Without);
