using System.Collections.Immutable;
using System.Globalization;
using Microsoft.VisualBasic.FileIO;
using Parallax.Core.Articles;

namespace Parallax.Stories.Evaluation;

/// <summary>
/// Reads the public story-clustering data sets in their published forms: the UCI News Aggregator CSV (headlines with
/// a STORY label), a folder of cluster folders (DUC 2004 Task 2: one folder per topic, one file per article), and
/// SemEval-2022 Task 8 pair CSVs. Article ids are the data set's own item ids, so identical texts stay two items.
/// </summary>
public static class ClusteringDatasets
{
    /// <summary>True when <paramref name="path"/> is a CSV of graded pairs (columns text1, text2, Overall).</summary>
    public static bool IsPairFile(string path) =>
        File.Exists(path) && Header(path) is { } header && header.Contains("text1") && header.Contains("Overall");

    /// <summary>
    /// Labelled articles from a UCI-style CSV (ID, TITLE, PUBLISHER, STORY, TIMESTAMP in ms) or a folder whose
    /// sub-folders are the clusters.
    /// </summary>
    /// <exception cref="InvalidDataException">The path is neither, or a required column is missing.</exception>
    public static LabelledArticles LoadLabelled(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return LoadClusterFolders(path);
        }

        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: no such file or folder.");
        }

        return LoadHeadlineCsv(path);
    }

    /// <summary>The en–en pairs of a SemEval-2022 Task 8 CSV.</summary>
    public static ImmutableArray<ArticlePair> LoadPairs(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var pairs = ImmutableArray.CreateBuilder<ArticlePair>();
        foreach (var row in Rows(path, ["pair_id", "lang1", "lang2", "text1", "text2", "Overall"]))
        {
            if (row["lang1"] != "en" || row["lang2"] != "en"
                || !double.TryParse(row["Overall"], NumberStyles.Float, CultureInfo.InvariantCulture, out var overall))
            {
                continue;
            }

            var id = row["pair_id"];
            pairs.Add(new ArticlePair(id, Item(id + "/1", "semeval", null, Paragraphs(row["text1"]), null), Item(id + "/2", "semeval", null, Paragraphs(row["text2"]), null), overall));
        }

        return pairs.ToImmutable();
    }

    private static LabelledArticles LoadHeadlineCsv(string path)
    {
        var articles = ImmutableArray.CreateBuilder<Article>();
        var labels = ImmutableArray.CreateBuilder<string>();
        foreach (var row in Rows(path, ["ID", "TITLE", "PUBLISHER", "STORY", "TIMESTAMP"]))
        {
            DateTimeOffset? published = long.TryParse(row["TIMESTAMP"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
                ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
                : null;
            var title = row["TITLE"];
            articles.Add(Item("uci-" + row["ID"], row["PUBLISHER"], title, [title], published));
            labels.Add(row["STORY"]);
        }

        return new LabelledArticles(Path.GetFileName(path), articles.ToImmutable(), labels.ToImmutable());
    }

    private static LabelledArticles LoadClusterFolders(string path)
    {
        var articles = ImmutableArray.CreateBuilder<Article>();
        var labels = ImmutableArray.CreateBuilder<string>();
        foreach (var cluster in Directory.GetDirectories(path).Order(StringComparer.Ordinal))
        {
            var label = Path.GetFileName(cluster);
            foreach (var file in Directory.GetFiles(cluster).Order(StringComparer.Ordinal))
            {
                var body = Paragraphs(File.ReadAllText(file));
                if (body.Length > 0)
                {
                    articles.Add(Item(label + "/" + Path.GetFileName(file), label + "/" + Path.GetFileName(file), null, body, null));
                    labels.Add(label);
                }
            }
        }

        if (articles.Count == 0)
        {
            throw new InvalidDataException($"{path}: no cluster folders with article files in it.");
        }

        return new LabelledArticles(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), articles.ToImmutable(), labels.ToImmutable());
    }

    private static Article Item(string id, string source, string? title, ImmutableArray<string> body, DateTimeOffset? published) =>
        new() { Id = id, Path = id, Source = source, Title = title, Body = body, Published = published };

    private static ImmutableArray<string> Paragraphs(string text) =>
        [.. text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];

    private static string[]? Header(string path)
    {
        using var parser = Parser(path);
        return parser.EndOfData ? null : parser.ReadFields();
    }

    private static IEnumerable<Dictionary<string, string>> Rows(string path, string[] required)
    {
        using var parser = Parser(path);
        var header = parser.EndOfData ? [] : parser.ReadFields() ?? [];
        var missing = required.Where(r => !header.Contains(r)).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidDataException($"{path}: missing column(s) {string.Join(", ", missing)}.");
        }

        while (!parser.EndOfData)
        {
            string[]? fields;
            try
            {
                fields = parser.ReadFields();
            }
            catch (MalformedLineException ex)
            {
                throw new InvalidDataException($"{path}:{ex.LineNumber}: malformed CSV line.", ex);
            }

            if (fields is null || fields.Length < header.Length)
            {
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = fields[i];
            }

            yield return row;
        }
    }

    private static TextFieldParser Parser(string path)
    {
        var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        return parser;
    }
}
