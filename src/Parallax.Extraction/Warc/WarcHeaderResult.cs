namespace Parallax.Extraction.Warc;

/// <summary>
/// The outcome of reading one record's header block: a header, the clean end of the input, or a problem.
/// <see cref="Fatal"/> problems end the file (the stream cannot be trusted any further).
/// </summary>
internal readonly record struct WarcHeaderResult(WarcRecordHeader? Header, string? Problem, bool Fatal)
{
    public static WarcHeaderResult EndOfInput => default;

    public bool IsEnd => Header is null && Problem is null;
}
