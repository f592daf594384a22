using System.Globalization;
using Parallax.Core.Annotations;

namespace Parallax.Language.Time;

/// <summary>
/// Estimates when an article was written when it carries no publication date, from the dates it mentions.
/// </summary>
/// <remarks>
/// Rule: news reports events after they happen, so every fully dated event the article mentions outside a future
/// context ("will", "set to", "expected", …) is a lower bound on its writing date. The estimate is the latest such
/// bound: the day of a year-month-day mention ("June 2, 2025", "2025-06-02"), or the first day of a year-month
/// mention ("January 2025"). Year-only mentions ("annexed in 2014") are background history, too coarse to date an
/// article, and year-less ones ("June 2") cannot be placed without a year, so neither counts. Null when there is no
/// such mention: never guessed. With a publication date, that date is returned as is.
/// </remarks>
public static class DocumentDateEstimator
{
    /// <summary>The article's publication date, or the latest past or present date it mentions, or null.</summary>
    public static DateOnly? Estimate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (TimeExpressionTagger.CreationDate(document.Article) is { } published)
        {
            return published;
        }

        DateOnly? latest = null;
        foreach (var (annotation, tense) in TimexScanner.ScanWithTense(document.Text))
        {
            if (tense == Tense.Future || annotation.Type is not (TimexType.Date or TimexType.Time)
                || ParseCalendarValue(annotation.Value) is not { } date)
            {
                continue;
            }

            if (latest is null || date > latest)
            {
                latest = date;
            }
        }

        return latest;
    }

    /// <summary>The first day of a <c>YYYY-MM-DD…</c> or <c>YYYY-MM</c> value; null for any other value.</summary>
    private static DateOnly? ParseCalendarValue(string? value)
    {
        if (value is null || value.Length < 7 || value[4] != '-'
            || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12 || year < 1)
        {
            return null;
        }

        var day = 1;
        if (value.Length >= 10 && value[7] == '-'
            && (!int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out day)
                || day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }
}
