using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;

namespace Parallax.Language.Entities;

/// <summary>Named-entity recognition: an <see cref="IEntityTagger"/> finds typed names, an <see cref="EntityAliasMerger"/> links them into entities.</summary>
public sealed class EntityRecognizer : IDocumentAnnotator
{
    private readonly IEntityTagger tagger;

    /// <param name="tagger">The tagger; the statistical one (the shipped CoNLL-2003 model) by default.</param>
    public EntityRecognizer(IEntityTagger? tagger = null)
    {
        this.tagger = tagger ?? new Ner.PerceptronEntityTagger();
    }

    /// <summary>A recognizer with the tagger of <paramref name="kind"/>.</summary>
    public EntityRecognizer(EntityTaggerKind kind)
        : this(kind == EntityTaggerKind.RuleBased ? new RuleBasedEntityTagger() : new Ner.PerceptronEntityTagger())
    {
    }

    public string Name => "entities";

    public AnnotationLayers Requires => AnnotationLayers.Sentences | AnnotationLayers.Tokens;

    public AnnotationLayers Produces => AnnotationLayers.Entities;

    public Document Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return EntityAliasMerger.Merge(document, tagger.Tag(document));
    }
}
