using System.Collections.Immutable;

namespace Parallax.Stories.Evaluation;

/// <summary>A real news text the synthetic stream varies: an optional headline and body paragraphs.</summary>
/// <param name="Title">The headline, when the text has one.</param>
/// <param name="Paragraphs">The body paragraphs.</param>
public sealed record SourceText(string? Title, ImmutableArray<string> Paragraphs)
{
    /// <summary>
    /// Reads every <c>.txt</c> file, and every file without an extension (DUC 2004 documents), under the given files
    /// and folders, in ordinal path order. Non-empty lines are paragraphs; a first line under 150 characters followed
    /// by more lines is the headline. Files under 200 characters are skipped.
    /// </summary>
    public static ImmutableArray<SourceText> Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(static f => Path.GetExtension(f) is "" or ".txt" && !Path.GetFileName(f).StartsWith('.')));
            }
        }

        files.Sort(StringComparer.Ordinal);
        var texts = ImmutableArray.CreateBuilder<SourceText>();
        foreach (var file in files.Distinct(StringComparer.Ordinal))
        {
            var content = File.ReadAllText(file);
            if (content.Length >= 200)
            {
                texts.Add(Parse(content));
            }
        }

        return texts.ToImmutable();
    }

    /// <summary>The headline and paragraphs of one text (see <see cref="Read"/>).</summary>
    public static SourceText Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = content.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.Length >= 2 && lines[0].Length < 150
            ? new SourceText(lines[0], [.. lines[1..]])
            : new SourceText(null, [.. lines]);
    }
}
