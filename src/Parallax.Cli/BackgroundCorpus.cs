using System.Collections.Immutable;
using Parallax.Core.Articles;
using Parallax.Language.Entities.Ner;
using Parallax.Stories.Evaluation;

namespace Parallax.Cli;

/// <summary>
/// Reads the news texts of training splits in their published forms, for counting background document frequencies:
/// a CoNLL-2003 file (documents rebuilt from the tokens), a SemEval-2022 Task 8 pair CSV (the distinct en texts), or
/// a folder of <c>.txt</c> files (one article each, e.g. PolNeAR's <c>train/text</c>).
/// </summary>
internal static class BackgroundCorpus
{
    /// <summary>The articles of one input, distinct by content.</summary>
    /// <exception cref="InvalidDataException">The path is none of the forms above.</exception>
    public static IReadOnlyList<Article> Read(string path)
    {
        IEnumerable<Article> articles;
        if (Directory.Exists(path))
        {
            articles = Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(file => Make(file, Paragraphs(File.ReadAllText(file))));
        }
        else if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: no such file or folder.");
        }
        else if (ClusteringDatasets.IsPairFile(path))
        {
            articles = ClusteringDatasets.LoadPairs(path).SelectMany(static p => new[] { p.First, p.Second });
        }
        else if (File.ReadLines(path).FirstOrDefault(static l => l.Length > 0)?.StartsWith("-DOCSTART-", StringComparison.Ordinal) == true)
        {
            articles = ConllReader.ReadFile(path).Select((d, i) => Make($"{path}#{i}", [.. d.Sentences.Select(static s => string.Join(' ', s.Words))]));
        }
        else
        {
            throw new InvalidDataException($"{path}: not a folder of .txt files, a CoNLL-2003 file or a SemEval-2022 Task 8 pair CSV.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. articles.Where(a => a.Body.Length > 0 && seen.Add(ArticleIdentity.Compute(a.Body)))];
    }

    private static Article Make(string path, ImmutableArray<string> body) =>
        new() { Id = path, Path = path, Source = "background", Body = body };

    private static ImmutableArray<string> Paragraphs(string text) =>
        [.. text.Split('\n').Select(static line => line.Trim()).Where(static line => line.Length > 0)];
}
