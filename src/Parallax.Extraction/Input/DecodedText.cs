namespace Parallax.Extraction.Input;

/// <summary>Text decoded from bytes, or why it could not be.</summary>
internal readonly record struct DecodedText(string? Text, string? Problem);
