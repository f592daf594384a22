using System.Collections.Immutable;

namespace Parallax.Core.Annotations;

/// <summary>A person, organisation or place named in a document, with every form it appears under.</summary>
/// <param name="Id">Document-local id, e.g. <c>e3</c>.</param>
/// <param name="Name">The canonical (usually longest, fullest) name.</param>
/// <param name="Kind">The entity kind.</param>
/// <param name="Aliases">Every other form the text uses (surname only, other spellings).</param>
/// <param name="Roles">Roles and titles from appositions and premodifiers ("Kremlin spokesman").</param>
public sealed record Entity(
    string Id,
    string Name,
    EntityKind Kind,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Roles);
