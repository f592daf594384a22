namespace Parallax.Language.Quotes;

/// <summary>Grammatical gender of a person for pronoun agreement.</summary>
internal enum Gender
{
    Unknown,
    Male,
    Female,
}
