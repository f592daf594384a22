using System.Collections.Immutable;
using System.Text;

namespace Parallax.Language.Quotes.Evaluation;

/// <summary>
/// A PolNeAR split: <c>text/NAME.txt</c> with <c>attributions/NAME_ANNOTATOR.ann</c>. An article annotated by more
/// than one annotator is scored against one annotation, the first by file name, so every article counts once.
/// </summary>
public static class AttributionCorpus
{
    /// <summary>Loads the split at <paramref name="folder"/> (the folder holding <c>text/</c> and <c>attributions/</c>).</summary>
    /// <exception cref="InvalidDataException">The folder is not such a split, or an annotation is malformed.</exception>
    public static ImmutableArray<AttributionDocument> Load(string folder)
    {
        var texts = Path.Combine(folder, "text");
        var annotations = Path.Combine(folder, "attributions");
        if (!Directory.Exists(texts) || !Directory.Exists(annotations))
        {
            throw new InvalidDataException($"{folder}: expected text/ and attributions/ folders (a PolNeAR split).");
        }

        var annotationFiles = Directory.GetFiles(annotations, "*.ann");
        Array.Sort(annotationFiles, StringComparer.Ordinal);
        var documents = ImmutableArray.CreateBuilder<AttributionDocument>();
        var textFiles = Directory.GetFiles(texts, "*.txt");
        Array.Sort(textFiles, StringComparer.Ordinal);
        foreach (var textFile in textFiles)
        {
            var stem = Path.GetFileNameWithoutExtension(textFile);
            var annotation = Array.Find(annotationFiles, a => IsAnnotationOf(Path.GetFileNameWithoutExtension(a), stem));
            if (annotation is null)
            {
                continue;
            }

            documents.Add(BratReader.Read(Path.GetFileName(textFile), File.ReadAllText(textFile, Encoding.UTF8), File.ReadAllText(annotation, Encoding.UTF8)));
        }

        return documents.ToImmutable();
    }

    // "NAME_4b22" annotates "NAME": an underscore and the annotator's id follow the text's name.
    private static bool IsAnnotationOf(string annotation, string text) =>
        annotation.Length > text.Length + 1 && annotation.StartsWith(text, StringComparison.Ordinal) && annotation[text.Length] == '_'
        && annotation.IndexOf('_', text.Length + 1) < 0;
}
