using Parallax.Core.Annotations;
using Parallax.Core.Stories;

namespace Parallax.Core.Pipeline;

/// <summary>Groups annotated documents into event stories and storylines, and marks near-duplicate copies.</summary>
public interface IStoryDetector
{
    /// <summary>Layers the detector reads.</summary>
    AnnotationLayers Requires { get; }

    /// <summary>Groups the documents. The result must not depend on the order of documents with equal timestamps.</summary>
    StoryGrouping Detect(IReadOnlyList<Document> documents);
}
