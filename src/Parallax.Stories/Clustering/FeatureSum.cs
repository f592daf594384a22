using Parallax.Stories.Features;

namespace Parallax.Stories.Clustering;

/// <summary>
/// The running sums of the term, name and anchor vectors of a group of articles (a story, or a storyline's stories)
/// and the span of their times.
/// </summary>
internal sealed class FeatureSum
{
    public Centroid Terms { get; private init; } = new();

    public Centroid Names { get; private init; } = new();

    public Centroid Anchors { get; private init; } = new();

    /// <summary>The earliest known time.</summary>
    public DateTimeOffset? FirstTime { get; set; }

    /// <summary>The latest known time.</summary>
    public DateTimeOffset? LastTime { get; set; }

    public void Add(ArticleProfile article)
    {
        Terms.Add(article.Terms);
        Names.Add(article.Names);
        Anchors.Add(article.Anchors);
        Widen(article.Time);
    }

    /// <summary>Adds every article summed in <paramref name="other"/>.</summary>
    public void Add(FeatureSum other)
    {
        Terms.Add(other.Terms);
        Names.Add(other.Names);
        Anchors.Add(other.Anchors);
        Widen(other.FirstTime);
        Widen(other.LastTime);
    }

    /// <summary>Holds the numbers of the keys summed here through the next release of forgotten keys.</summary>
    public void HoldKeys(DocumentFrequencies frequencies)
    {
        Terms.HoldKeys(frequencies.Terms);
        Names.HoldKeys(frequencies.Names);
        Anchors.HoldKeys(frequencies.Anchors);
    }

    /// <summary>
    /// Drops the sums of the keys <paramref name="frequencies"/> has forgotten at <paramref name="now"/> (UTC ticks):
    /// those no article has had within the horizon.
    /// </summary>
    /// <returns>How many keys were dropped.</returns>
    public int DropForgottenKeys(DocumentFrequencies frequencies, long now) =>
        Terms.DropKeys(id => frequencies.Terms.IsForgotten(id, now))
        + Names.DropKeys(id => frequencies.Names.IsForgotten(id, now))
        + Anchors.DropKeys(id => frequencies.Anchors.IsForgotten(id, now));

    /// <summary>A copy that can change without changing this one.</summary>
    public FeatureSum Clone() => new()
    {
        Terms = Terms.Clone(),
        Names = Names.Clone(),
        Anchors = Anchors.Clone(),
        FirstTime = FirstTime,
        LastTime = LastTime,
    };

    private void Widen(DateTimeOffset? time)
    {
        if (time is { } known)
        {
            FirstTime = FirstTime is null || known < FirstTime ? known : FirstTime;
            LastTime = LastTime is null || known > LastTime ? known : LastTime;
        }
    }
}
