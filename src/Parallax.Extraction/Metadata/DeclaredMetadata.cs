namespace Parallax.Extraction.Metadata;

/// <summary>Metadata an input states about itself (front matter, JSON fields, page metadata); all optional.</summary>
public sealed record DeclaredMetadata
{
    /// <summary>Nothing declared.</summary>
    public static DeclaredMetadata None { get; } = new();

    /// <summary>The headline as declared.</summary>
    public string? Title { get; init; }

    /// <summary>The outlet's name as declared.</summary>
    public string? Source { get; init; }

    /// <summary>The address as declared (canonical first for pages).</summary>
    public string? Url { get; init; }

    /// <summary>The publication date as written; parsed later, unparseable values become null.</summary>
    public string? Published { get; init; }

    /// <summary>The last-update date as written; parsed later, unparseable values become null.</summary>
    public string? Updated { get; init; }

    /// <summary>The byline as written: one or more names, possibly with "By " and roles, split later.</summary>
    public string? Author { get; init; }

    /// <summary>The declared language tag as written ("en-GB", "fr_FR"); normalised later.</summary>
    public string? Language { get; init; }

    /// <summary>The caption of the lead image.</summary>
    public string? LeadImageCaption { get; init; }

    /// <summary>Fills the fields this one lacks from <paramref name="fallback"/>.</summary>
    public DeclaredMetadata Or(DeclaredMetadata fallback) => new()
    {
        Title = Title ?? fallback.Title,
        Source = Source ?? fallback.Source,
        Url = Url ?? fallback.Url,
        Published = Published ?? fallback.Published,
        Updated = Updated ?? fallback.Updated,
        Author = Author ?? fallback.Author,
        Language = Language ?? fallback.Language,
        LeadImageCaption = LeadImageCaption ?? fallback.LeadImageCaption,
    };

    /// <summary>Trims values and turns blank ones into null.</summary>
    public DeclaredMetadata Normalized() => new()
    {
        Title = Clean(Title),
        Source = Clean(Source),
        Url = Clean(Url),
        Published = Clean(Published),
        Updated = Clean(Updated),
        Author = Clean(Author),
        Language = Clean(Language),
        LeadImageCaption = Clean(LeadImageCaption),
    };

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var collapsed = WhiteSpace.Collapse(value);
        return collapsed.Length == 0 ? null : collapsed;
    }
}
