namespace Parallax.Stories.Features;

/// <summary>
/// Everything about an article that does not depend on the stream's state, computed in parallel before the article
/// is clustered: its counts with their keys numbered, its MinHash signature and the facts its title needs.
/// </summary>
/// <param name="Id">The article's id.</param>
/// <param name="Time">Publication time, else arrival time, when known.</param>
/// <param name="Counts">Term, name and anchor counts before IDF weighting, numbered in the stream's key tables.</param>
/// <param name="Signature">The MinHash signature of its body (its title when it has no body), or null when it has no words.</param>
/// <param name="LeadWeekday">For an article without a publication date, the weekday its lead names.</param>
/// <param name="Title">Its headline, when it has one.</param>
/// <param name="FirstSentence">Its first sentence, cut to the title length.</param>
internal sealed record ArrivingArticle(
    string Id,
    DateTimeOffset? Time,
    NumberedFeatures Counts,
    uint[]? Signature,
    DayOfWeek? LeadWeekday,
    string? Title,
    string FirstSentence)
{
    /// <summary>
    /// Weights the counts with <paramref name="frequencies"/> (which already count this article) into the profile
    /// the clusterer compares.
    /// </summary>
    public ArticleProfile Profile(long order, DocumentFrequencies frequencies, int indexTerms)
    {
        var terms = WeightedVector.FromCounts(Counts.Terms, frequencies.Terms, frequencies.TotalCount);
        return new ArticleProfile(
            Id,
            order,
            Time,
            terms,
            WeightedVector.FromCounts(Counts.Names, frequencies.Names, frequencies.TotalCount),
            WeightedVector.FromCounts(Counts.Anchors, frequencies.Anchors, frequencies.TotalCount),
            SharedTopTerms(terms, frequencies.Terms, indexTerms),
            LeadWeekday,
            Title,
            FirstSentence);
    }

    private static int[] SharedTopTerms(WeightedVector terms, KeyTable documentFrequency, int count)
    {
        // Counted first, then copied: the result is sized exactly without a growing list per article.
        var found = 0;
        var end = 0;
        for (; end < terms.Ids.Length && found < count; end++)
        {
            if (documentFrequency.StreamFrequency(terms.Ids[end]) > 1)
            {
                found++;
            }
        }

        var top = new int[found];
        for (int i = 0, k = 0; i < end; i++)
        {
            if (documentFrequency.StreamFrequency(terms.Ids[i]) > 1)
            {
                top[k++] = terms.Ids[i];
            }
        }

        return top;
    }
}
