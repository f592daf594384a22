namespace Parallax.Extraction.Warc;

/// <summary>The named fields of one WARC record's header block that the reader uses.</summary>
internal sealed record WarcRecordHeader(
    string Version,
    string? Type,
    string? TargetUri,
    string? Date,
    long ContentLength,
    string? ContentType,
    string? RecordId)
{
    /// <summary>True for a record holding an HTTP response (<c>application/http; msgtype=response</c>).</summary>
    public bool IsHttpResponse =>
        string.Equals(Type, "response", StringComparison.OrdinalIgnoreCase)
        && ContentType is { } type
        && type.StartsWith("application/http", StringComparison.OrdinalIgnoreCase)
        // msgtype is optional in WARC 1.1; only an explicit request is something else.
        && !type.Contains("msgtype=request", StringComparison.OrdinalIgnoreCase);
}
