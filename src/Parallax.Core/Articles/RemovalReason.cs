namespace Parallax.Core.Articles;

/// <summary>Why a block of page text was kept out of an article's body.</summary>
public enum RemovalReason
{
    /// <summary>An advertisement or an ad marker ("Advertisement", "Sponsored").</summary>
    Advertisement,
    /// <summary>A donation or membership appeal.</summary>
    Donation,
    /// <summary>A newsletter or sign-up box.</summary>
    Newsletter,
    /// <summary>A biography of the author or an author box.</summary>
    AuthorBio,
    /// <summary>A comment form or comment prompt.</summary>
    Comments,
    /// <summary>Share buttons and social prompts.</summary>
    Share,
    /// <summary>The headline repeated inside the body.</summary>
    RepeatedHeadline,
    /// <summary>Site navigation, menus, breadcrumbs, "read more" links.</summary>
    Navigation,
    /// <summary>Links to related or recommended articles.</summary>
    Related,
    /// <summary>Cookie, consent and privacy notices, legal footers.</summary>
    Legal,
    /// <summary>Page furniture too short or too fragmentary to be prose.</summary>
    Fragment,
    /// <summary>A block that recurs on many pages of the same site: part of the site's template, not of the article.</summary>
    Template,
    /// <summary>Boilerplate of another kind.</summary>
    Other,
}
