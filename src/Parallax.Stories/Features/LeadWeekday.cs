using Parallax.Core.Articles;

namespace Parallax.Stories.Features;

/// <summary>
/// The weekday an undated article's lead gives for its event ("The Kremlin said on Friday that …"). News leads state
/// when the event happened, so two undated articles whose leads name different weekdays report different events
/// (or different days of one storyline). Used only when an article has no publication date.
/// </summary>
internal static class LeadWeekday
{
    /// <summary>How many leading body paragraphs count as the lead.</summary>
    private const int LeadParagraphs = 2;

    private static readonly string[] Names =
        ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    /// <summary>The first weekday named in the lead, or null when it names none.</summary>
    public static DayOfWeek? Of(Article article)
    {
        var body = article.Body;
        for (var p = 0; p < Math.Min(LeadParagraphs, body.Length); p++)
        {
            var paragraph = body[p];
            var first = -1;
            DayOfWeek? day = null;
            for (var d = 0; d < Names.Length; d++)
            {
                var at = IndexOfWord(paragraph, Names[d]);
                if (at >= 0 && (first < 0 || at < first))
                {
                    first = at;
                    day = (DayOfWeek)d;
                }
            }

            if (day is not null)
            {
                return day;
            }
        }

        return null;
    }

    private static int IndexOfWord(string text, string word)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.IndexOf(word, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            var end = at + word.Length;
            var startsWord = at == 0 || !char.IsLetter(text[at - 1]);
            var endsWord = end == text.Length || !char.IsLetter(text[end]);
            if (startsWord && endsWord)
            {
                return at;
            }

            from = end;
        }

        return -1;
    }
}
