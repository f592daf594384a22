namespace Parallax.Extraction.Evaluation;

/// <summary>Tells which kind of evaluation set a path holds and reads its pages, whichever the kind.</summary>
public static class EvaluationDatasets
{
    private const string GroundTruthName = "ground-truth.json";

    /// <summary>
    /// A gzip file or a folder with <c>evaldata.json</c> is a snippet set; a JSON file whose entries carry
    /// "articleBody" (or a folder holding <c>ground-truth.json</c>) is a 4-gram set; any other JSON a snippet set.
    /// </summary>
    /// <exception cref="InvalidDataException">The path is missing or holds neither; the message says why.</exception>
    public static EvaluationDatasetKind Detect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            if (File.Exists(Path.Combine(path, "evaldata.json")))
            {
                return EvaluationDatasetKind.Snippets;
            }

            return File.Exists(Path.Combine(path, GroundTruthName))
                ? EvaluationDatasetKind.FourGrams
                : throw new InvalidDataException($"{path}: holds neither evaldata.json nor {GroundTruthName}");
        }

        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: no such file or folder");
        }

        if (SnippetDataset.IsGzip(path))
        {
            return EvaluationDatasetKind.Snippets;
        }

        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"{path}: expected a .tar.gz, a folder or a .json evaluation file");
        }

        return FourGramDataset.LooksLikeGroundTruth(path) ? EvaluationDatasetKind.FourGrams : EvaluationDatasetKind.Snippets;
    }

    /// <summary>The path of the ground-truth JSON for a 4-gram set given as its folder or its file.</summary>
    public static string GroundTruthPath(string path) =>
        Directory.Exists(path) ? Path.Combine(path, GroundTruthName) : path;

    /// <summary>Every page of the set at <paramref name="path"/>, decoded, in the set's order (unreadable ones with their problem).</summary>
    /// <exception cref="InvalidDataException">The path is not an evaluation set; the message says why.</exception>
    public static IReadOnlyList<DatasetPage> ReadPages(string path)
    {
        if (Detect(path) == EvaluationDatasetKind.Snippets)
        {
            var snippets = SnippetDataset.Load(path);
            return [.. snippets.Pages.Select(snippets.ReadPage)];
        }

        var truth = FourGramDataset.Load(GroundTruthPath(path));
        return [.. truth.Pages.Select(truth.ReadPage)];
    }
}
