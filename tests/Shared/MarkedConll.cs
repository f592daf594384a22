using System.Text;

namespace Parallax.Tests.Shared;

/// <summary>
/// Writes a tiny corpus in the CoNLL-2003 layout from sentences the tests write in a short form: words separated by
/// spaces, a word of a name suffixed with its type ("Tarek/PER"), and optionally a word's part of speech after an
/// underscore ("ferry_NN", "Tarek_NNP/PER"). Tags are IOB1 (I- throughout, as the shared-task files are), so two
/// names of one type must not touch; each document starts with a -DOCSTART- line. A token with a part of speech gets
/// the four columns word, part of speech, chunk (always O here) and entity tag; one without, word and entity tag.
/// </summary>
internal static class MarkedConll
{
    /// <summary>One document's sentences without the -DOCSTART- line (a file that is one document).</summary>
    public static string WriteWithoutDocumentStart(params string[] sentences)
    {
        const string documentStart = "-DOCSTART- O\n\n";
        return Write(sentences)[documentStart.Length..];
    }

    public static string Write(params string[][] documents)
    {
        var text = new StringBuilder();
        foreach (var sentences in documents)
        {
            text.Append("-DOCSTART- O\n\n");
            foreach (var sentence in sentences)
            {
                foreach (var token in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var slash = token.LastIndexOf('/');
                    var named = slash > 0 && token[(slash + 1)..] is "PER" or "ORG" or "LOC" or "MISC";
                    var word = named ? token[..slash] : token;
                    var tag = named ? $"I-{token[(slash + 1)..]}" : "O";
                    var underscore = word.LastIndexOf('_');
                    text.Append(underscore > 0
                        ? $"{word[..underscore]} {word[(underscore + 1)..]} O {tag}\n"
                        : $"{word} {tag}\n");
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }
}
