namespace Parallax.Language.Entities;

/// <summary>Which <see cref="IEntityTagger"/> finds names.</summary>
public enum EntityTaggerKind
{
    /// <summary>The averaged-perceptron model trained on CoNLL-2003 (<see cref="Ner.PerceptronEntityTagger"/>): the default.</summary>
    Statistical,

    /// <summary>Capitalisation, lexicons and heads (<see cref="RuleBasedEntityTagger"/>): no model, more predictable on odd text.</summary>
    RuleBased,
}
