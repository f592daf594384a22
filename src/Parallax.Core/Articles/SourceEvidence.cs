namespace Parallax.Core.Articles;

/// <summary>Where the outlet name of an article came from, strongest first.</summary>
public enum SourceEvidence
{
    /// <summary>Given explicitly (front matter, JSON field, page metadata).</summary>
    Declared,
    /// <summary>Derived from the article URL's host.</summary>
    Url,
    /// <summary>Found in the text's own signals, e.g. the outlet named in its donation appeal.</summary>
    TextSignal,
    /// <summary>Nothing better was known: the file name.</summary>
    FileName,
}
