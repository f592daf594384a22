namespace Parallax.Sources.Http;

/// <summary>
/// The outcome of one fetch. Either <see cref="Problem"/> says why no response could be had (refused address,
/// timeout, too large, bad encoding, network error), or <see cref="StatusCode"/> is the final response's status
/// (after redirects) with its decoded body.
/// </summary>
public sealed record FetchResult
{
    /// <summary>The URL asked for.</summary>
    public required Uri Url { get; init; }

    /// <summary>The URL of the final response, after redirects (the last one tried on failure).</summary>
    public required Uri FinalUrl { get; init; }

    /// <summary>The final HTTP status, or 0 when no response was had.</summary>
    public int StatusCode { get; init; }

    /// <summary>The body, decompressed; empty for 304 and failures.</summary>
    public byte[] Body { get; init; } = [];

    /// <summary>The <c>Content-Type</c> header, or null.</summary>
    public string? ContentType { get; init; }

    /// <summary>The <c>ETag</c> header, or null.</summary>
    public string? ETag { get; init; }

    /// <summary>The <c>Last-Modified</c> header, or null.</summary>
    public string? LastModified { get; init; }

    /// <summary>Why the fetch failed before a usable response, naming the URL; null when a response was had.</summary>
    public string? Problem { get; init; }

    /// <summary>True for a 2xx response with its body.</summary>
    public bool IsSuccess => Problem is null && StatusCode is >= 200 and < 300;

    /// <summary>True for 304 Not Modified (a conditional GET found nothing new).</summary>
    public bool NotModified => Problem is null && StatusCode == 304;

    /// <summary>One line describing a result that is not a success: the problem or the HTTP status.</summary>
    public string Describe() => Problem ?? $"{FinalUrl}: HTTP {StatusCode}";
}
