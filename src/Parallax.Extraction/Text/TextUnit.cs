namespace Parallax.Extraction.Text;

/// <summary>One candidate paragraph of page text: a line (or unwrapped lines) of a text file, or an HTML block.</summary>
/// <param name="Text">The text, trimmed.</param>
/// <param name="LinkDensity">Share of the characters inside links (HTML only; 0 for text).</param>
/// <param name="IsHeading">True when the page marked it as a heading.</param>
internal sealed record TextUnit(string Text, double LinkDensity = 0, bool IsHeading = false);
