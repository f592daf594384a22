namespace Parallax.Extraction.Warc;

/// <summary>
/// Reads a WARC file (.warc, or .warc.gz as one gzip member per record or one for the whole file) record by
/// record, never holding more than one record. Response records holding 2xx HTML pages become articles with
/// paths "FILE#N", N the record's 1-based position in the file; other record types are skipped. Problems name the
/// file or record; after a bad record the file goes on, after a truncation it stops with the records read so far
/// kept, after corrupt gzip data it goes on at the next intact member when there is one.
/// </summary>
internal static class WarcArticleReader
{
    public static IEnumerable<ArticleReadResult> Read(string path, ExtractionOptions options)
    {
        var input = WarcInput.Open(path, out var problem);
        if (input is null)
        {
            yield return ArticleReadResult.Failure(path, problem!);
            yield break;
        }

        using var file = new WarcFileCursor(path, input, options);
        while (true)
        {
            var (results, stop) = file.Next();
            foreach (var result in results)
            {
                yield return result;
            }

            if (stop)
            {
                yield break;
            }
        }
    }
}
