namespace Parallax.Extraction.Input;

/// <summary>Text decoded from bytes, or why it could not be: exactly one of the two is set.</summary>
/// <param name="Text">The decoded text.</param>
/// <param name="Problem">Why the bytes are not text (binary data), in words a user can act on.</param>
public readonly record struct DecodedText(string? Text, string? Problem);
