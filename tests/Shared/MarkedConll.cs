using System.Text;

namespace Parallax.Tests.Shared;

/// <summary>
/// Writes a tiny corpus in the CoNLL-2003 layout from sentences the tests write in a short form: words separated by
/// spaces, a word of a name suffixed with its type ("Tarek/PER"). Tags are IOB1 (I- throughout, as the shared-task
/// files are), so two names of one type must not touch; each document starts with a -DOCSTART- line.
/// </summary>
internal static class MarkedConll
{
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
                    text.Append(named ? $"{token[..slash]} I-{token[(slash + 1)..]}\n" : $"{token} O\n");
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }
}
