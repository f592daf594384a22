using Parallax.Core.Annotations;

namespace Parallax.Core.Pipeline;

/// <summary>
/// One stage of per-document analysis (sentences, entities, quotes, …). Implementations are immutable and
/// thread-safe: the pipeline annotates documents in parallel with one instance.
/// </summary>
public interface IDocumentAnnotator
{
    /// <summary>A short name for messages and docs.</summary>
    string Name { get; }

    /// <summary>Layers that must be present before this stage runs.</summary>
    AnnotationLayers Requires { get; }

    /// <summary>Layers this stage adds.</summary>
    AnnotationLayers Produces { get; }

    /// <summary>Returns the document with this stage's layers added.</summary>
    Document Annotate(Document document);
}
