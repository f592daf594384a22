using System.Collections.Immutable;
using System.Text;
using Parallax.Core.Articles;

namespace Parallax.Comparison.Evaluation;

/// <summary>
/// DUC 2004 Task 2 as distributed here: <c>TEST_docs_Parsed/CLUSTER/*</c> (one plain-text document per file, a
/// paragraph per line) and <c>Test_Summaries/CLUSTER/*</c> (the human summaries). A cluster without summaries is
/// left out.
/// </summary>
public static class SummaryDataset
{
    /// <summary>Loads the clusters under <paramref name="folder"/>, in name order.</summary>
    /// <exception cref="InvalidDataException">The folder lacks either part (the message names it).</exception>
    public static ImmutableArray<SummaryCluster> Load(string folder)
    {
        var documents = Path.Combine(folder, "TEST_docs_Parsed");
        var summaries = Path.Combine(folder, "Test_Summaries");
        if (!Directory.Exists(documents) || !Directory.Exists(summaries))
        {
            throw new InvalidDataException($"{folder}: expected TEST_docs_Parsed/ and Test_Summaries/ (DUC 2004 Task 2).");
        }

        var clusters = ImmutableArray.CreateBuilder<SummaryCluster>();
        foreach (var clusterFolder in Sorted(Directory.GetDirectories(documents)))
        {
            var name = Path.GetFileName(clusterFolder);
            var referenceFolder = Path.Combine(summaries, name);
            if (!Directory.Exists(referenceFolder))
            {
                continue;
            }

            var references = Sorted(Directory.GetFiles(referenceFolder)).Select(f => File.ReadAllText(f, Encoding.UTF8)).ToImmutableArray();
            var articles = Sorted(Directory.GetFiles(clusterFolder)).Select(f => Read(name, f)).Where(a => !a.Body.IsEmpty).ToImmutableArray();
            if (!references.IsEmpty && !articles.IsEmpty)
            {
                clusters.Add(new SummaryCluster(name, articles, references));
            }
        }

        return clusters.ToImmutable();
    }

    private static Article Read(string cluster, string file)
    {
        var id = $"{cluster}/{Path.GetFileName(file)}";
        var paragraphs = File.ReadAllLines(file, Encoding.UTF8).Select(line => line.Trim()).Where(line => line.Length > 0);
        return new Article { Id = id, Path = id, Source = Path.GetFileName(file), Body = [.. paragraphs] };
    }

    private static string[] Sorted(string[] paths)
    {
        Array.Sort(paths, StringComparer.Ordinal);
        return paths;
    }
}
