namespace Parallax.Cli.Commands;

/// <summary>
/// The <c>eval clustering --clusters FILE</c> listing: one line per article (gold story, predicted story,
/// storyline, id, opening words), sorted so that each predicted story's articles sit together, for reading errors.
/// </summary>
internal static class ClusterListing
{
    private const int OpeningLength = 120;

    public static void Write(
        string path,
        Parallax.Stories.Evaluation.LabelledArticles data,
        IReadOnlyDictionary<string, string> storyOf,
        IReadOnlyDictionary<string, string> storylineOf)
    {
        var rows = data.Articles
            .Select((article, i) => (Gold: data.Labels[i], Story: storyOf[article.Id], Storyline: storylineOf[article.Id], article.Id, Opening: Opening(article.Text)))
            .OrderBy(r => r.Storyline, StringComparer.Ordinal)
            .ThenBy(r => r.Story, StringComparer.Ordinal)
            .ThenBy(r => r.Gold, StringComparer.Ordinal)
            .ThenBy(r => r.Id, StringComparer.Ordinal);
        AtomicTextFile.Write(path, writer =>
        {
            writer.Write("gold\tstory\tstoryline\tid\topening\n");
            foreach (var row in rows)
            {
                writer.Write($"{row.Gold}\t{row.Story}\t{row.Storyline}\t{row.Id}\t{row.Opening}\n");
            }

            return true;
        });
    }

    private static string Opening(string text)
    {
        var flat = text.ReplaceLineEndings(" ").Replace('\t', ' ');
        return flat.Length <= OpeningLength ? flat : flat[..OpeningLength];
    }
}
