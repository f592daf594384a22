using System.Collections.Immutable;

namespace Parallax.Language.Entities.Ner;

/// <summary>
/// Reads CoNLL-2003 files: one token per line with the word first and the NER tag last (or, when asked, the POS
/// column instead; the other columns are ignored), a blank line after each sentence, and a <c>-DOCSTART-</c> line before each document. A file
/// without <c>-DOCSTART-</c> lines is one document.
/// </summary>
public static class ConllReader
{
    private const string DocumentStart = "-DOCSTART-";

    /// <summary>The column of the part-of-speech tags (Penn Treebank tags in CoNLL-2003).</summary>
    public const int PartOfSpeechColumn = 1;

    /// <summary>Reads the file at <paramref name="path"/>; <paramref name="tagColumn"/> as in <see cref="Read"/>.</summary>
    public static ImmutableArray<ConllDocument> ReadFile(string path, int? tagColumn = null)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path, tagColumn);
    }

    /// <summary>Reads documents from <paramref name="reader"/>; <paramref name="name"/> names the input in errors.</summary>
    /// <param name="reader">The CoNLL text.</param>
    /// <param name="name">Names the input in errors.</param>
    /// <param name="tagColumn">The column read as each token's tag: null for the last (the NER tag), <see cref="PartOfSpeechColumn"/> for parts of speech.</param>
    /// <exception cref="InvalidDataException">A token line has too few columns.</exception>
    public static ImmutableArray<ConllDocument> Read(TextReader reader, string name = "input", int? tagColumn = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var documents = ImmutableArray.CreateBuilder<ConllDocument>();
        var sentences = ImmutableArray.CreateBuilder<ConllSentence>();
        var words = ImmutableArray.CreateBuilder<string>();
        var tags = ImmutableArray.CreateBuilder<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var columns = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0)
            {
                EndSentence(words, tags, sentences);
                continue;
            }

            if (columns[0] == DocumentStart)
            {
                EndSentence(words, tags, sentences);
                EndDocument(sentences, documents);
                continue;
            }

            if (columns.Length < Math.Max(2, (tagColumn ?? 0) + 1))
            {
                throw new InvalidDataException($"{name}:{lineNumber}: a token line needs a word and a tag.");
            }

            words.Add(columns[0]);
            tags.Add(tagColumn is { } column ? columns[column] : columns[^1]);
        }

        EndSentence(words, tags, sentences);
        EndDocument(sentences, documents);
        return documents.ToImmutable();
    }

    private static void EndSentence(ImmutableArray<string>.Builder words, ImmutableArray<string>.Builder tags, ImmutableArray<ConllSentence>.Builder sentences)
    {
        if (words.Count > 0)
        {
            sentences.Add(new ConllSentence(words.ToImmutable(), tags.ToImmutable()));
            words.Clear();
            tags.Clear();
        }
    }

    private static void EndDocument(ImmutableArray<ConllSentence>.Builder sentences, ImmutableArray<ConllDocument>.Builder documents)
    {
        if (sentences.Count > 0)
        {
            documents.Add(new ConllDocument(sentences.ToImmutable()));
            sentences.Clear();
        }
    }
}
