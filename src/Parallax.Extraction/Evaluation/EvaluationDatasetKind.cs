namespace Parallax.Extraction.Evaluation;

/// <summary>The two evaluation set layouts understood.</summary>
public enum EvaluationDatasetKind
{
    /// <summary>trafilatura's set: <c>evaldata.json</c> with "with"/"without" snippets (tar.gz, folder or the JSON).</summary>
    Snippets,

    /// <summary>A ground-truth JSON of article bodies with pages in <c>html/ID.html.gz</c>, scored by 4-grams.</summary>
    FourGrams,
}
