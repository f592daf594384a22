using System.Globalization;
using System.Text;
using Parallax.Language.Quotes.Evaluation;

namespace Parallax.Language.Tests.Quotes;

/// <summary>
/// Invented attribution fixtures written inline: "[S Mara Holt] [C announced] [T the ferry will run]." marks a
/// source, a cue and a content, which become one BRAT attribution of the unmarked text.
/// </summary>
internal static class MarkedCorpus
{
    public static AttributionDocument Document(string name, params string[] paragraphs)
    {
        var text = new StringBuilder();
        var annotation = new StringBuilder();
        var spanId = 0;
        var eventId = 0;
        foreach (var paragraph in paragraphs)
        {
            var roles = new List<string>();
            for (var i = 0; i < paragraph.Length; i++)
            {
                if (paragraph[i] == '[')
                {
                    var label = paragraph[i + 1] switch { 'S' => "Source", 'C' => "Cue", _ => "Content" };
                    var close = paragraph.IndexOf(']', i);
                    var words = paragraph[(i + 3)..close];
                    spanId++;
                    annotation.Append(CultureInfo.InvariantCulture, $"T{spanId}\t{label} {text.Length} {text.Length + words.Length}\t{words}\n");
                    roles.Add($"{label}:T{spanId}");
                    text.Append(words);
                    i = close;
                }
                else
                {
                    text.Append(paragraph[i]);
                }
            }

            if (roles.Count > 0)
            {
                eventId++;
                annotation.Append(CultureInfo.InvariantCulture, $"E{eventId}\tAttribution:T{spanId} {string.Join(' ', roles)}\n");
            }

            text.Append("\n\n");
        }

        return BratReader.Read(name, text.ToString(), annotation.ToString());
    }
}
