namespace Parallax.Core.Annotations;

/// <summary>The annotation layers a <see cref="Document"/> can carry; components declare which they require and produce.</summary>
[Flags]
public enum AnnotationLayers
{
    None = 0,
    /// <summary><see cref="Document.Sentences"/>.</summary>
    Sentences = 1,
    /// <summary><see cref="Document.Tokens"/>.</summary>
    Tokens = 2,
    /// <summary><see cref="Document.Mentions"/> and <see cref="Document.Entities"/>.</summary>
    Entities = 4,
    /// <summary><see cref="Document.Attributions"/>: quotes and paraphrases with their speakers.</summary>
    Attributions = 8,
    /// <summary><see cref="Document.TimeExpressions"/>.</summary>
    TimeExpressions = 16,
}
