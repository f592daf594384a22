namespace Parallax.Core.Articles;

/// <summary>An input that could not be read as an article, named with the reason, so the rest of a batch goes on.</summary>
/// <param name="Path">The file, or file and record (<c>feed.jsonl:12</c>), that failed.</param>
/// <param name="Reason">What is wrong with it, in words a user can act on.</param>
public sealed record InputProblem(string Path, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Reason}";
}
