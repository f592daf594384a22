namespace Parallax.Extraction.Warc;

/// <summary>An HTTP response from a WARC record: status, the header fields the reader uses, the decoded body.</summary>
internal sealed record HttpResponse(int Status, string? ContentType, byte[] Body)
{
    public bool IsSuccess => Status is >= 200 and <= 299;
}
