namespace Parallax.Core.Reports;

/// <summary>How often an outlet lets a speaker speak in a story.</summary>
public sealed record Voice(string Source, string Speaker, int Quotes, int Paraphrases);
