using System.IO.Compression;

namespace Parallax.Extraction.Warc;

/// <summary>
/// Reads a WARC file (.warc, or .warc.gz as one gzip member per record or one for the whole file) record by
/// record, never holding more than one record. Response records holding 2xx HTML pages become articles with
/// paths "FILE#N", N the record's 1-based position in the file; other record types are skipped. Problems name the
/// file or record; after a bad record the file goes on, after a truncation or corrupt gzip data it stops with the
/// records read so far kept.
/// </summary>
internal static class WarcArticleReader
{
    public static IEnumerable<ArticleReadResult> Read(string path, ExtractionOptions options)
    {
        var input = Open(path, out var problem);
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

    private static Stream? Open(string path, out string? problem)
    {
        problem = null;
        FileStream? file = null;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            if (file.Length == 0)
            {
                file.Dispose();
                problem = "empty file";
                return null;
            }

            Span<byte> magic = stackalloc byte[2];
            var read = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
            file.Position = 0;
            if (read == 2 && magic[0] == 0x1F && magic[1] == 0x8B)
            {
                // GZipStream reads concatenated members, so per-record and whole-file compression read alike.
                return new BufferedStream(new GZipStream(file, CompressionMode.Decompress), 1 << 16);
            }

            return file;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            file?.Dispose();
            problem = $"cannot read file ({e.Message})";
            return null;
        }
    }
}
