using System.Collections.Immutable;
using Parallax.Comparison.Text;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Conflicts;

/// <summary>The measurements of one disputed thing, collected while pairs are compared.</summary>
internal sealed class ConflictGroup(MeasureKind kind, string subject)
{
    private readonly List<Measurement> members = [];

    public MeasureKind Kind { get; } = kind;

    public string Subject { get; } = subject;

    /// <summary>True when some claim comes from a related document whose date is unknown.</summary>
    public bool UnknownFrame { get; set; }

    /// <summary>True when two of the story's own claims disagree (not only with related documents).</summary>
    public bool InternalDisagreement { get; set; }

    public bool Contains(Measurement measurement) => members.Contains(measurement);

    /// <summary>
    /// True when one article gives two values of the group that exclude each other ("40 killed in one city", "nine in
    /// the other"): an article does not contradict itself, so its numbers are about different things, and which of
    /// them another outlet's number matches cannot be told. Such a group is not shown.
    /// </summary>
    public bool MixesThings => members
        .GroupBy(m => m.Profile.ArticleId, StringComparer.Ordinal)
        .Any(article => article.Any(a => article.Any(b => a.Excludes(b.Low, b.High))));

    public void Add(Measurement measurement)
    {
        if (!members.Contains(measurement))
        {
            members.Add(measurement);
        }
    }

    /// <summary>The conflict, its claims in corpus order (the story's before related documents').</summary>
    public Conflict ToConflict()
    {
        var ordered = members.OrderBy(m => m.Profile.Order).ToList();
        var claims = ordered
            .Select(m => new Claim(m.Profile.Sentence.Text, m.Value, m.Profile.Source, m.Profile.ArticleId, m.Profile.Sentence))
            .ToImmutableArray();
        return new Conflict(About(ordered), claims);
    }

    private string About(List<Measurement> ordered)
    {
        string about;
        if (Kind == MeasureKind.Length)
        {
            // A synonym class is named by its representative word ("war" for "war"/"conflict"/"fighting").
            about = "length of the " + (NewsSynonyms.IsRepresentative(Subject) ? Subject : ordered[0].Description);
        }
        else
        {
            // The fullest description ("rounds of talks" over "met"), placed by the name all claims share.
            var description = ordered.Select(m => m.Description).OrderByDescending(d => d.Length).ThenBy(d => d, StringComparer.Ordinal).First();
            var place = SharedAnchor(ordered);
            about = place is null ? description : description + " in " + place;
        }

        if (!UnknownFrame)
        {
            return about;
        }

        return InternalDisagreement ? about + " (incl. reports from different events)" : about + " (reports from different events)";
    }

    private static string? SharedAnchor(List<Measurement> ordered)
    {
        var counts = new Dictionary<string, (int Count, string Surface, int First)>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            foreach (var (stem, surface) in ordered[i].Anchors.Distinct())
            {
                counts[stem] = counts.TryGetValue(stem, out var c) ? (c.Count + 1, c.Surface, c.First) : (1, surface, i);
            }
        }

        var best = counts.Values.Where(c => c.Count >= 2).OrderByDescending(c => c.Count).ThenBy(c => c.First).ThenBy(c => c.Surface, StringComparer.Ordinal).ToList();
        return best.Count > 0 ? best[0].Surface : null;
    }
}
