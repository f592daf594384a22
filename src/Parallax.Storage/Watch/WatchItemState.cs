namespace Parallax.Storage.Watch;

/// <summary>The recorded state of one item of a watched feed.</summary>
/// <param name="ItemKey">The item's guid / id, else its link.</param>
/// <param name="Status">Seen, failed (to be retried) or given up.</param>
/// <param name="Attempts">How many times fetching its page failed.</param>
/// <param name="LastProblem">The reason of the last failure, or null.</param>
public sealed record WatchItemState(string ItemKey, WatchItemStatus Status, int Attempts, string? LastProblem);
