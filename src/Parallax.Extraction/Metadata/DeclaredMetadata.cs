namespace Parallax.Extraction.Metadata;

/// <summary>Metadata an input states about itself (front matter, JSON fields, page metadata); all optional.</summary>
public sealed record DeclaredMetadata
{
    /// <summary>Nothing declared.</summary>
    public static DeclaredMetadata None { get; } = new();

    public string? Title { get; init; }

    /// <summary>The outlet's name as declared.</summary>
    public string? Source { get; init; }

    public string? Url { get; init; }

    /// <summary>The publication date as written; parsed later, unparseable values become null.</summary>
    public string? Published { get; init; }

    public string? Author { get; init; }

    /// <summary>Fills the fields this one lacks from <paramref name="fallback"/>.</summary>
    public DeclaredMetadata Or(DeclaredMetadata fallback) => new()
    {
        Title = Title ?? fallback.Title,
        Source = Source ?? fallback.Source,
        Url = Url ?? fallback.Url,
        Published = Published ?? fallback.Published,
        Author = Author ?? fallback.Author,
    };

    /// <summary>Trims values and turns blank ones into null.</summary>
    public DeclaredMetadata Normalized() => new()
    {
        Title = Clean(Title),
        Source = Clean(Source),
        Url = Clean(Url),
        Published = Clean(Published),
        Author = Clean(Author),
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
