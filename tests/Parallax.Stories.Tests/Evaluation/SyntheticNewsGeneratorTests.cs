using Parallax.Core.Articles;
using Parallax.Stories.Evaluation;

namespace Parallax.Stories.Tests.Evaluation;

public sealed class SyntheticNewsGeneratorTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly SourceText[] Texts =
    [
        SourceText.Parse("Harbour bridge closed\nThe Harbour bridge in Kessington was closed on Monday after inspectors found a crack. Engineer Paula Brandt said 14 lorries had crossed it. Ferries will run every 20 minutes."),
        SourceText.Parse("Runner Amaka Okoro broke the Lakeside marathon record in Brightwater. She finished in 2 hours and 19 minutes. More than 8000 runners started the race. Organisers in Brightwater praised the volunteers."),
    ];

    private static List<Article> Generate(ulong seed, int count = 200) =>
        [.. new SyntheticNewsGenerator(Texts, seed, Start, TimeSpan.FromMinutes(1)).Generate(count)];

    private static string Describe(Article a) => $"{a.Id}|{a.Title}|{a.Source}|{a.Published:O}|{string.Join("\n", a.Body)}";

    [Fact]
    public void The_same_seed_gives_the_same_articles_and_another_seed_other_ones()
    {
        Assert.Equal(Generate(7).Select(Describe), Generate(7).Select(Describe));
        Assert.NotEqual(Generate(7).Select(Describe), Generate(8).Select(Describe));
    }

    [Fact]
    public void Articles_come_in_time_order_and_mostly_differ_from_each_other()
    {
        var articles = Generate(3);

        Assert.Equal(200, articles.Count);
        Assert.True(articles.Zip(articles.Skip(1)).All(p => p.First.Published <= p.Second.Published));
        Assert.True(articles.Select(a => a.Id).Distinct().Count() > 150);
        Assert.True(articles[^1].Published > Start.AddMinutes(100));
    }

    [Fact]
    public void A_title_is_parsed_from_a_short_first_line_only()
    {
        Assert.Equal("Harbour bridge closed", Texts[0].Title);
        Assert.Null(Texts[1].Title);
        Assert.Single(Texts[1].Paragraphs);
    }

    [Fact]
    public void Each_event_gets_names_of_its_own_so_unrelated_events_do_not_share_them()
    {
        var sourceWords = Texts.SelectMany(t => Words(string.Join(" ", t.Paragraphs) + " " + t.Title)).ToHashSet(StringComparer.Ordinal);
        var namesByEvent = new SyntheticNewsGenerator(Texts, 11, Start, TimeSpan.FromMinutes(30)).GenerateWithEvents(2000)
            .GroupBy(g => g.Event)
            .Select(e => e.SelectMany(g => Words(string.Join(" ", g.Article.Body)))
                .Where(w => char.IsUpper(w[0]) && !sourceWords.Contains(w))
                .ToHashSet(StringComparer.Ordinal))
            .Where(names => names.Count > 0)
            .ToList();

        var pairs = 0;
        var sharing = 0;
        for (var i = 0; i < namesByEvent.Count; i++)
        {
            for (var j = i + 1; j < namesByEvent.Count; j++)
            {
                pairs++;
                sharing += namesByEvent[i].Overlaps(namesByEvent[j]) ? 1 : 0;
            }
        }

        Assert.True(namesByEvent.Count > 20);
        Assert.True(sharing < pairs / 100.0, $"{sharing} of {pairs} pairs of events share a substituted name");
    }

    [Fact]
    public void Reports_of_one_event_share_its_names()
    {
        var sourceWords = Texts.SelectMany(t => Words(string.Join(" ", t.Paragraphs) + " " + t.Title)).ToHashSet(StringComparer.Ordinal);
        var largest = new SyntheticNewsGenerator(Texts, 5, Start, TimeSpan.FromMinutes(1)).GenerateWithEvents(400)
            .GroupBy(g => g.Event)
            .MaxBy(e => e.Count())!
            .Select(g => Words(string.Join(" ", g.Article.Body)).Where(w => char.IsUpper(w[0]) && !sourceWords.Contains(w)).ToHashSet(StringComparer.Ordinal))
            .ToList();

        Assert.True(largest.Count > 2);
        Assert.All(largest.Skip(1), names => Assert.True(names.Count == 0 || names.Overlaps(largest[0]) || largest[0].Count == 0));
        Assert.Contains(largest, names => names.Count > 0);
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', '.', ',', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
