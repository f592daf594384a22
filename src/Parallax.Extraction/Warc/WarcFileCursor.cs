namespace Parallax.Extraction.Warc;

/// <summary>
/// The position in one WARC file being read: each <see cref="Next"/> reads one record and says what it gave and
/// whether the file can be read any further. Exceptions from the stream (corrupt gzip data, I/O errors) become a
/// problem for the record being read instead of escaping into the batch; reading resumes at the next intact gzip
/// member when there is one. Record numbers after such a gap count the corrupt stretch as one record.
/// </summary>
internal sealed class WarcFileCursor(string path, WarcInput input, ExtractionOptions options) : IDisposable
{
    private static readonly ArticleReadResult[] Nothing = [];

    private WarcRecordReader records = new(input.Stream);
    private int index;
    private int reading;
    private long recordStart;

    public (ArticleReadResult[] Results, bool Stop) Next()
    {
        try
        {
            return ReadRecord();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // Named after the record that was being read when the data went bad, which may not have a header yet.
            var failed = $"{path}#{reading}";
            index = reading;
            if (input.Resume(recordStart, input.RawPosition))
            {
                records = new WarcRecordReader(input.Stream);
                return ([ArticleReadResult.Failure(failed, $"corrupt compressed data, skipped to the next intact record ({e.Message})")], false);
            }

            return ([ArticleReadResult.Failure(failed, $"corrupt or unreadable data, the rest of the file is not read ({e.Message})")], true);
        }
    }

    public void Dispose() => input.Dispose();

    private (ArticleReadResult[] Results, bool Stop) ReadRecord()
    {
        reading = index + 1;
        recordStart = input.RawPosition;
        var header = records.ReadHeader();
        if (header.IsEnd)
        {
            return index == 0 ? ([ArticleReadResult.Failure(path, "no WARC records found")], true) : (Nothing, true);
        }

        index++;
        if (header.Header is not { } record)
        {
            return ([ArticleReadResult.Failure(RecordPath(), header.Problem!)], header.Fatal);
        }

        ArticleReadResult? result = null;
        if (!record.IsHttpResponse)
        {
            if (!records.SkipBlock(record.ContentLength))
            {
                return ([Truncated(record)], true);
            }
        }
        else if (record.ContentLength > options.MaxFileBytes)
        {
            result = Failure(record, $"record too large ({record.ContentLength:N0} bytes; the limit is {options.MaxFileBytes:N0})");
            if (!records.SkipBlock(record.ContentLength))
            {
                return ([result, Truncated(record)], true);
            }
        }
        else
        {
            var block = records.ReadBlock(record.ContentLength);
            if (block is null)
            {
                return ([Truncated(record)], true);
            }

            result = Convert(record, block);
        }

        var results = result is null ? Nothing : [result];
        if (!records.ReadRecordEnd())
        {
            results = [.. results, Failure(record,
                "bad record: its block is not followed by the blank line that ends a record (wrong Content-Length?)")];
        }

        return (results, false);
    }

    private ArticleReadResult? Convert(WarcRecordHeader record, byte[] block)
    {
        try
        {
            var result = WarcResponseConverter.Convert(RecordPath(), record, block, options);
            return result?.Problem is { } problem ? Failure(record, problem.Reason) : result;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect in a cleaner must cost one record, not the file.
            return Failure(record, $"could not be processed ({e.GetType().Name}: {e.Message})");
        }
    }

    private ArticleReadResult Truncated(WarcRecordHeader record) => Failure(record,
        $"truncated file: the record's Content-Length ({record.ContentLength:N0} bytes) runs past the end of the file");

    // The record id and target URI let a user find the record with other WARC tools.
    private ArticleReadResult Failure(WarcRecordHeader record, string reason)
    {
        var names = string.Join(", ", new[] { record.RecordId, record.TargetUri }.Where(static n => !string.IsNullOrEmpty(n)));
        return ArticleReadResult.Failure(RecordPath(), names.Length == 0 ? reason : $"{reason} [{names}]");
    }

    private string RecordPath() => $"{path}#{index}";
}
