namespace Parallax.Extraction.Input;

/// <summary>A file's decoded text and its format, or why it could not be loaded.</summary>
internal readonly record struct LoadedFile(string? Text, InputFormat Format, string? Problem);
