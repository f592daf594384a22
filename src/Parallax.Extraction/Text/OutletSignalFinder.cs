using Parallax.Core.Articles;

namespace Parallax.Extraction.Text;

/// <summary>
/// Finds the outlet a page names in its own furniture: "Support X!", "A Message from X:", "newsletter ... from X",
/// "... is a reporter at X" in an author bio. Only removed appeal, sign-up and bio blocks are read, never the body,
/// where "from X" would name a place or a person.
/// </summary>
internal static class OutletSignalFinder
{
    private static readonly (string Trigger, int Weight)[] AppealTriggers =
    [
        ("a message from", 3), ("a note from", 3), ("support", 2), ("supporting", 2), ("subscribe to", 2),
        ("member of", 2), ("journalists of", 2), ("journalists at", 2), ("team at", 2), ("readers of", 2),
        ("from", 1),
    ];

    private static readonly (string Trigger, int Weight)[] BioTriggers = [("at", 3), ("for", 2), ("with", 1)];

    public static string? Find(IReadOnlyList<RemovedBlock> removed)
    {
        var votes = new List<(string Name, int Score, int First)>();
        var order = 0;
        foreach (var block in removed)
        {
            var triggers = block.Reason switch
            {
                RemovalReason.Donation or RemovalReason.Newsletter => AppealTriggers,
                RemovalReason.AuthorBio => BioTriggers,
                _ => null,
            };
            if (triggers is null)
            {
                continue;
            }

            var lower = block.Text.ToLowerInvariant();
            foreach (var (trigger, weight) in triggers)
            {
                var from = 0;
                while (from < lower.Length)
                {
                    var at = lower.IndexOf(trigger, from, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        break;
                    }

                    from = at + trigger.Length;
                    var boundaryBefore = at == 0 || !char.IsLetterOrDigit(lower[at - 1]);
                    if (!boundaryBefore || from >= lower.Length || lower[from] != ' ')
                    {
                        continue;
                    }

                    var name = NameRun.At(block.Text, from + 1);
                    if (name is not null)
                    {
                        Vote(votes, name, weight, order++);
                    }
                }
            }
        }

        if (votes.Count == 0)
        {
            return null;
        }

        var best = votes[0];
        foreach (var vote in votes)
        {
            if (vote.Score > best.Score || (vote.Score == best.Score && vote.First < best.First))
            {
                best = vote;
            }
        }

        return best.Name;
    }

    private static void Vote(List<(string Name, int Score, int First)> votes, string name, int weight, int order)
    {
        for (var i = 0; i < votes.Count; i++)
        {
            if (string.Equals(votes[i].Name, name, StringComparison.Ordinal))
            {
                votes[i] = (name, votes[i].Score + weight, votes[i].First);
                return;
            }
        }

        votes.Add((name, weight, order));
    }
}
