using Parallax.Core.Articles;

namespace Parallax.Extraction.Html;

/// <summary>
/// What class and id attributes say about an element: "article-body" and "story-content" mark the article,
/// "comments", "share-bar", "related" or "newsletter-signup" mark furniture. Matched on whole tokens of the
/// attribute (split at non-letters), so "header" does not hit "ad" and "shadow" does not hit "ad" either.
/// </summary>
internal static class ClassHints
{
    private static readonly Dictionary<string, RemovalReason> Negative = new(StringComparer.Ordinal)
    {
        ["comment"] = RemovalReason.Comments, ["comments"] = RemovalReason.Comments, ["disqus"] = RemovalReason.Comments,
        ["respond"] = RemovalReason.Comments, ["reply"] = RemovalReason.Comments,
        ["share"] = RemovalReason.Share, ["sharing"] = RemovalReason.Share, ["social"] = RemovalReason.Share,
        ["sharebar"] = RemovalReason.Share, ["follow"] = RemovalReason.Share,
        ["related"] = RemovalReason.Related, ["recommended"] = RemovalReason.Related, ["recirc"] = RemovalReason.Related,
        ["outbrain"] = RemovalReason.Related, ["taboola"] = RemovalReason.Related, ["more"] = RemovalReason.Related,
        ["trending"] = RemovalReason.Related, ["popular"] = RemovalReason.Related, ["tags"] = RemovalReason.Navigation,
        ["promo"] = RemovalReason.Advertisement, ["ad"] = RemovalReason.Advertisement, ["ads"] = RemovalReason.Advertisement,
        ["advert"] = RemovalReason.Advertisement, ["advertisement"] = RemovalReason.Advertisement,
        ["sponsor"] = RemovalReason.Advertisement, ["sponsored"] = RemovalReason.Advertisement,
        ["banner"] = RemovalReason.Advertisement, ["dfp"] = RemovalReason.Advertisement,
        ["newsletter"] = RemovalReason.Newsletter, ["subscribe"] = RemovalReason.Newsletter,
        ["subscription"] = RemovalReason.Newsletter, ["signup"] = RemovalReason.Newsletter,
        ["cookie"] = RemovalReason.Legal, ["cookies"] = RemovalReason.Legal, ["consent"] = RemovalReason.Legal,
        ["gdpr"] = RemovalReason.Legal, ["copyright"] = RemovalReason.Legal,
        ["donate"] = RemovalReason.Donation, ["donation"] = RemovalReason.Donation, ["paywall"] = RemovalReason.Donation,
        ["membership"] = RemovalReason.Donation, ["support"] = RemovalReason.Donation,
        ["nav"] = RemovalReason.Navigation, ["navbar"] = RemovalReason.Navigation, ["navigation"] = RemovalReason.Navigation,
        ["menu"] = RemovalReason.Navigation, ["breadcrumb"] = RemovalReason.Navigation,
        ["breadcrumbs"] = RemovalReason.Navigation, ["pagination"] = RemovalReason.Navigation,
        ["sidebar"] = RemovalReason.Other, ["widget"] = RemovalReason.Other, ["popup"] = RemovalReason.Other,
        ["modal"] = RemovalReason.Other, ["masthead"] = RemovalReason.Navigation, ["footer"] = RemovalReason.Other,
        ["bio"] = RemovalReason.AuthorBio, ["author"] = RemovalReason.AuthorBio, ["byline"] = RemovalReason.AuthorBio,
    };

    private static readonly HashSet<string> Positive = new(StringComparer.Ordinal)
    {
        "article", "content", "story", "body", "main", "text", "entry", "post", "prose", "news", "page",
    };

    // Span lookups on the tokens as they stand in the attribute: no string per token, no lower-casing copy.
    private static readonly Dictionary<string, RemovalReason>.AlternateLookup<ReadOnlySpan<char>> NegativeLookup =
        new Dictionary<string, RemovalReason>(Negative, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PositiveLookup =
        new HashSet<string>(Positive, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The furniture kind the attributes name, or null when they name none.</summary>
    public static RemovalReason? NegativeReason(string? classAndId) => Read(classAndId).Negative;

    /// <summary>True when the attributes name the article or its content.</summary>
    public static bool IsPositive(string? classAndId) => Read(classAndId).Positive;

    /// <summary>A score for candidate containers: +25 for an article hint, -25 for a furniture hint.</summary>
    public static int Weight(string? classAndId) => Read(classAndId).Weight;

    /// <summary>What the class and id attributes name, read in one pass over each.</summary>
    public static ElementHints Read(string? className, string? id)
    {
        var fromClass = Read(className);
        var fromId = Read(id);
        return new ElementHints(fromClass.Negative ?? fromId.Negative, fromClass.Positive || fromId.Positive);
    }

    /// <summary>What one attribute value names.</summary>
    public static ElementHints Read(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return default;
        }

        RemovalReason? negative = null;
        var positive = false;
        var negated = false;
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var letter = i < value.Length && char.IsLetter(value[i]);
            // camelCase boundaries split too: "shareBar" -> "share", "bar".
            var boundary = letter && start >= 0 && char.IsUpper(value[i]) && char.IsLower(value[i - 1]);
            if ((!letter || boundary) && start >= 0)
            {
                var token = value.AsSpan(start, i - start);
                // A negated word names the opposite: "non-paywall", "no-ads".
                if (negative is null && !negated)
                {
                    negative = NegativeLookup.TryGetValue(token, out var reason) ? reason
                        : NamesConsent(token) ? RemovalReason.Legal : null;
                }

                negated = token.Equals("no", StringComparison.OrdinalIgnoreCase) || token.Equals("non", StringComparison.OrdinalIgnoreCase)
                    || token.Equals("not", StringComparison.OrdinalIgnoreCase);

                positive |= PositiveLookup.Contains(token);
                start = -1;
            }

            if (letter && start < 0)
            {
                start = i;
            }
        }

        return new ElementHints(negative, positive);
    }

    // Consent banners are named by compounds no word list can hold ("cookiebanner", "cookienotice",
    // "consentmanager"); their paragraphs of legal prose otherwise outscore a short article.
    private static bool NamesConsent(ReadOnlySpan<char> token) =>
        token.Length > 6
        && (token.Contains("cookie", StringComparison.OrdinalIgnoreCase)
            || token.StartsWith("consent", StringComparison.OrdinalIgnoreCase));
}
