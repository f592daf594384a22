namespace Parallax.Language.Quotes.Tagging;

/// <summary>A span the attribution tagger found: its role and its first and last document tokens.</summary>
internal readonly record struct TaggedSpan(TaggedRole Role, int First, int Last);
