using Parallax.Core.Articles;

namespace Parallax.Extraction;

/// <summary>The outcome of reading one article: exactly one of <see cref="Article"/> and <see cref="Problem"/> is set.</summary>
public sealed record ArticleReadResult(Article? Article, InputProblem? Problem)
{
    /// <summary>A successful read.</summary>
    public static ArticleReadResult Success(Article article) => new(article, null);

    /// <summary>A failed read, with the path and reason.</summary>
    public static ArticleReadResult Failure(string path, string reason) => new(null, new InputProblem(path, reason));
}
