using System.Text;

namespace Parallax.Reporting.Model;

/// <summary>
/// HTML fragment ids for articles, paragraphs and stories. Ids are kept to characters that are safe in an id and a
/// URL fragment; any other character is spelled as <c>_xxxx</c> so distinct ids stay distinct.
/// </summary>
internal static class Anchors
{
    public static string Article(string articleId) => "a-" + Safe(articleId);

    /// <summary>The paragraph anchor <c>a-{articleId}-p{n}</c>, with <paramref name="paragraph"/> 0-based as in the JSON.</summary>
    public static string Paragraph(string articleId, int paragraph) =>
        paragraph < 0 ? Article(articleId) : $"a-{Safe(articleId)}-p{paragraph}";

    public static string Story(string storyId) => "s-" + Safe(storyId);

    public static string Storyline(string storylineId) => "l-" + Safe(storylineId);

    private static string Safe(string id)
    {
        var safe = true;
        foreach (var c in id)
        {
            if (!IsSafe(c))
            {
                safe = false;
                break;
            }
        }

        if (safe)
        {
            return id;
        }

        var builder = new StringBuilder(id.Length + 8);
        foreach (var c in id)
        {
            if (IsSafe(c) && c != '_')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('_').Append(((int)c).ToString("x4"));
            }
        }

        return builder.ToString();
    }

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';
}
