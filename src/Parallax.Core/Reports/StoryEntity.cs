using System.Collections.Immutable;
using Parallax.Core.Annotations;

namespace Parallax.Core.Reports;

/// <summary>An entity of a story, merged across its articles: one person under every spelling.</summary>
public sealed record StoryEntity(
    string Name,
    EntityKind Kind,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Roles,
    ImmutableArray<string> Sources,
    int Mentions);
