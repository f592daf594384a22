using Parallax.Core.Stories;

namespace Parallax.Storage;

/// <summary>What a streaming story detector made of a batch: the change to the stored grouping and its new state.</summary>
/// <param name="Change">Stories and storylines to update, storylines to remove, new duplicate links.</param>
/// <param name="State">The detector's saved state after the batch, replacing the stored one.</param>
public sealed record StoryStreamUpdate(StoryGroupingChange Change, byte[] State);
