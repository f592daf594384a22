using System.Collections.Immutable;

namespace Parallax.Language.Entities.Ner;

/// <summary>
/// Reads CoNLL-2003 files: one token per line with the word first and the NER tag last (the POS and chunk columns
/// between are ignored), a blank line after each sentence, and a <c>-DOCSTART-</c> line before each document. A file
/// without <c>-DOCSTART-</c> lines is one document.
/// </summary>
public static class ConllReader
{
    private const string DocumentStart = "-DOCSTART-";

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static ImmutableArray<ConllDocument> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads documents from <paramref name="reader"/>; <paramref name="name"/> names the input in errors.</summary>
    /// <exception cref="InvalidDataException">A token line has fewer than two columns.</exception>
    public static ImmutableArray<ConllDocument> Read(TextReader reader, string name = "input")
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

            if (columns.Length < 2)
            {
                throw new InvalidDataException($"{name}:{lineNumber}: a token line needs a word and a tag.");
            }

            words.Add(columns[0]);
            tags.Add(columns[^1]);
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
