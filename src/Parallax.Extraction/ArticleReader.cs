using Parallax.Extraction.Html;
using Parallax.Extraction.Input;
using Parallax.Extraction.Json;
using Parallax.Extraction.Metadata;
using Parallax.Extraction.Warc;

namespace Parallax.Extraction;

/// <summary>
/// Reads files and folders into cleaned articles: pasted text (.txt), HTML pages (.html, .htm), JSON (.json,
/// .jsonl), each optionally gzip-compressed, and web archives (.warc, .warc.gz). Bad inputs become <see cref="Parallax.Core.Articles.InputProblem"/>s and the
/// batch goes on; nothing is thrown for bad input. Immutable and safe to use from many threads.
/// </summary>
public sealed class ArticleReader
{
    private readonly ExtractionOptions options;

    /// <summary>A reader with the given limits; one instance can serve any number of batches and threads.</summary>
    public ArticleReader(ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
    }

    /// <summary>
    /// Reads each path: a file, or a folder read recursively in ordinal path order (hidden entries skipped).
    /// Missing or unreadable paths yield a problem. Unless <see cref="ExtractionOptions.LearnSiteTemplates"/> is
    /// off, paragraphs that recur across many pages of one site are moved to the removed blocks as its template;
    /// results are then held back up to <see cref="ExtractionOptions.SiteTemplateWindow"/> at a time.
    /// </summary>
    public IEnumerable<ArticleReadResult> Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var results = ReadEach(paths);
        return options.LearnSiteTemplates && options.SiteTemplateWindow >= SiteTemplateLearner.MinStories
            ? SiteTemplates.Apply(results, options.SiteTemplateWindow)
            : results;
    }

    private IEnumerable<ArticleReadResult> ReadEach(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                yield return ArticleReadResult.Failure(path ?? "", "empty path");
                continue;
            }

            if (Directory.Exists(path))
            {
                foreach (var (file, problem) in ListFolder(path))
                {
                    if (problem is not null)
                    {
                        yield return ArticleReadResult.Failure(file, problem);
                        continue;
                    }

                    if (!options.ReportUnsupportedFilesInFolders && InputFormats.FromPath(file) == InputFormat.Unsupported)
                    {
                        continue;
                    }

                    foreach (var result in ReadFile(file))
                    {
                        yield return result;
                    }
                }
            }
            else
            {
                foreach (var result in ReadFile(path))
                {
                    yield return result;
                }
            }
        }
    }

    /// <summary>
    /// Reads one file; a .json or .jsonl file may hold many articles (paths "file.jsonl:LINE"), a .warc or .warc.gz
    /// file many pages (paths "file.warc.gz#N", N the record's 1-based position), read lazily record by record with
    /// <see cref="ExtractionOptions.MaxFileBytes"/> limiting each record rather than the file.
    /// </summary>
    public IEnumerable<ArticleReadResult> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return [ArticleReadResult.Failure(path, Directory.Exists(path) ? "is a folder, not a file" : "file not found")];
        }

        if (InputFormats.FromPath(path) == InputFormat.Warc)
        {
            return WarcArticleReader.Read(path, options);
        }

        var loaded = FileLoader.Load(path, options);
        if (loaded.Problem is not null)
        {
            return [ArticleReadResult.Failure(path, loaded.Problem)];
        }

        try
        {
            return loaded.Format switch
            {
                InputFormat.Text => [ArticleBuilder.FromText(path, loaded.Text!, DeclaredMetadata.None)],
                InputFormat.Html => [ArticleBuilder.FromHtml(path, loaded.Text!, DeclaredMetadata.None)],
                InputFormat.Json => JsonArticleReader.ReadDocument(path, loaded.Text!),
                InputFormat.JsonLines => JsonArticleReader.ReadLines(path, loaded.Text!),
                _ => [ArticleReadResult.Failure(path, "unsupported file type")],
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect in a cleaner must cost one file, not the batch.
            return [ArticleReadResult.Failure(path, $"could not be processed ({e.GetType().Name}: {e.Message})")];
        }
    }

    // Walks the tree folder by folder so that one unreadable subfolder is reported and the rest is still read.
    private static List<(string Path, string? Problem)> ListFolder(string root)
    {
        var entries = new List<(string Path, string? Problem)>();
        var pending = new Stack<string>();
        pending.Push(root);
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            try
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*", options))
                {
                    entries.Add((file, null));
                }

                foreach (var child in Directory.EnumerateDirectories(folder, "*", options))
                {
                    pending.Push(child);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                entries.Add((folder, $"cannot read folder ({e.Message})"));
            }
        }

        entries.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return entries;
    }
}
