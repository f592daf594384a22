namespace Parallax.Core.Annotations;

/// <summary>Kinds of named entity (the CoNLL-2003 classes).</summary>
public enum EntityKind
{
    Person,
    Organization,
    Location,
    Miscellaneous,
}
