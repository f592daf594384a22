namespace Parallax.Sources.Http;

/// <summary>The validators of an earlier response, sent back to make a conditional GET.</summary>
/// <param name="ETag">Sent as <c>If-None-Match</c>.</param>
/// <param name="LastModified">Sent as <c>If-Modified-Since</c>.</param>
public sealed record HttpValidators(string? ETag, string? LastModified)
{
    /// <summary>True when there is something to send.</summary>
    public bool IsEmpty => ETag is null && LastModified is null;
}
