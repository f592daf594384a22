using Parallax.Core.Articles;

namespace Parallax.Extraction.Tests.Templates;

public sealed class SiteTemplateTests
{
    private const string Promo =
        "The Harbour Courier is an independent newsroom that has served readers across the coast since the paper was founded.";

    private static readonly string[] Towns = ["Ashford", "Brampton", "Carlisle", "Dunmore", "Elgin", "Fairview", "Glenrock", "Hollis"];
    private static readonly string[] Topics =
        ["a new library", "the water plant", "a ferry contract", "the school budget", "a wind farm", "the hospital wing", "a tram line", "the fish market"];

    private static string Story(int i) =>
        $"Council members in {Towns[i]} approved plans for {Topics[i]} on Tuesday after a long debate about costs and delays.\n\n" +
        $"Residents of {Towns[i]} said they had waited years for {Topics[i]}, and several spoke at the meeting in favour of it.\n\n" +
        $"Officials in {Towns[i]} expect work on {Topics[i]} to begin next spring, subject to a final review by the regional authority.";

    private static string Page(string url, string body) => $"---\nurl: {url}\n---\n{body}\n";

    private static List<ArticleReadResult> Read(TempFolder folder, ExtractionOptions? options = null) =>
        new ArticleReader(options ?? new ExtractionOptions()).Read([folder.Path]).ToList();

    private static List<Article> Articles(List<ArticleReadResult> results) =>
        results.Select(static r => Assert.IsType<Article>(r.Article)).ToList();

    private static void AssertTemplateRemoved(Article article, string paragraph)
    {
        Assert.DoesNotContain(paragraph, article.Body);
        Assert.Contains(new RemovedBlock(paragraph, RemovalReason.Template), article.Removed);
        Assert.Equal(ArticleIdentity.Compute(article.Body), article.Id);
    }

    [Fact]
    public void A_paragraph_on_every_page_of_a_site_is_its_template()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 4; i++)
        {
            folder.Write($"p{i}.txt", Page($"https://www.courier.example/news/{i}", Story(i) + "\n\n" + Promo));
        }

        var articles = Articles(Read(folder));

        Assert.Equal(4, articles.Count);
        Assert.All(articles, static a => AssertTemplateRemoved(a, Promo));
        Assert.All(articles, static a => Assert.Equal(3, a.Body.Length));
    }

    [Fact]
    public void Template_learning_can_be_switched_off()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 4; i++)
        {
            folder.Write($"p{i}.txt", Page($"https://courier.example/news/{i}", Story(i) + "\n\n" + Promo));
        }

        var articles = Articles(Read(folder, new ExtractionOptions { LearnSiteTemplates = false }));

        Assert.All(articles, static a => Assert.Contains(Promo, a.Body));
    }

    [Fact]
    public void Two_pages_are_too_few_to_learn_from()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 2; i++)
        {
            folder.Write($"p{i}.txt", Page($"https://courier.example/news/{i}", Story(i) + "\n\n" + Promo));
        }

        Assert.All(Articles(Read(folder)), static a => Assert.Contains(Promo, a.Body));
    }

    [Fact]
    public void The_same_paragraph_on_different_sites_is_not_a_template()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 4; i++)
        {
            folder.Write($"p{i}.txt", Page($"https://site{Towns[i].ToLowerInvariant()}.example/news", Story(i) + "\n\n" + Promo));
        }

        Assert.All(Articles(Read(folder)), static a => Assert.Contains(Promo, a.Body));
    }

    [Fact]
    public void A_paragraph_must_recur_on_at_least_half_the_sites_stories_and_on_three()
    {
        using var folder = new TempFolder();
        const string onThree = "Subscribers can read every edition of the paper on their phones through the reader app, at no extra cost.";
        const string onTwo = "Our reporters can be reached by telephone at the newsroom on weekdays from nine in the morning.";
        for (var i = 0; i < 6; i++)
        {
            var extra = (i < 3 ? "\n\n" + onThree : "") + (i >= 4 ? "\n\n" + onTwo : "");
            folder.Write($"p{i}.txt", Page($"https://courier.example/news/{i}", Story(i) + extra));
        }

        var articles = Articles(Read(folder));

        for (var i = 0; i < 3; i++)
        {
            AssertTemplateRemoved(articles[i], onThree);
        }

        Assert.Contains(onTwo, articles[4].Body);
        Assert.Contains(onTwo, articles[5].Body);
    }

    [Fact]
    public void A_quotation_repeated_across_a_sites_stories_stays()
    {
        using var folder = new TempFolder();
        const string quote = "“We will rebuild every bridge that the storm destroyed,” the governor said in her address to the assembly.";
        for (var i = 0; i < 4; i++)
        {
            folder.Write($"p{i}.txt", Page($"https://courier.example/news/{i}", Story(i) + "\n\n" + quote));
        }

        Assert.All(Articles(Read(folder)), static a => Assert.Contains(quote, a.Body));
    }

    [Fact]
    public void Versions_of_one_story_count_as_one_story_so_their_shared_paragraphs_stay()
    {
        using var folder = new TempFolder();
        for (var v = 0; v < 3; v++)
        {
            var update = $"Update: the vote in Ashford was confirmed by the clerk {Topics[v + 3]}.";
            folder.Write($"v{v}.txt", Page($"https://courier.example/news/ashford?v={v}", Story(0) + "\n\n" + update));
        }

        folder.Write("other.txt", Page("https://courier.example/news/other", Story(1)));

        var articles = Articles(Read(folder));

        Assert.All(articles, static a => Assert.DoesNotContain(a.Removed, static b => b.Reason == RemovalReason.Template));
    }

    [Fact]
    public void An_article_that_would_be_emptied_is_kept_whole()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 4; i++)
        {
            folder.Write($"p{i}.txt", Page($"https://courier.example/news/{i}", Story(i) + "\n\n" + Promo));
        }

        folder.Write("promo-only.txt", Page("https://courier.example/about", Promo));

        var articles = Articles(Read(folder));

        var promoOnly = Assert.Single(articles, static a => a.Path.EndsWith("promo-only.txt", StringComparison.Ordinal));
        Assert.Equal([Promo], promoOnly.Body.ToArray());
        Assert.All(articles.Where(a => a != promoOnly), static a => AssertTemplateRemoved(a, Promo));
    }

    [Fact]
    public void Without_url_or_outlet_the_folder_is_the_site()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 3; i++)
        {
            folder.Write($"courier/p{i}.txt", Story(i) + "\n\n" + Promo);
            folder.Write($"other{i}/p.txt", Story(i + 3) + "\n\n" + Promo);
        }

        var articles = Articles(Read(folder));

        Assert.Equal(6, articles.Count);
        foreach (var article in articles)
        {
            if (article.Path.Contains("courier", StringComparison.Ordinal))
            {
                AssertTemplateRemoved(article, Promo);
            }
            else
            {
                Assert.Contains(Promo, article.Body);
            }
        }
    }

    [Fact]
    public void Problems_and_articles_keep_their_order_across_windows()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 6; i++)
        {
            folder.Write($"p{i}.txt", Page($"https://courier.example/news/{i}", Story(i) + "\n\n" + Promo));
            folder.Write($"p{i}x.txt", "");
        }

        var results = Read(folder, new ExtractionOptions { SiteTemplateWindow = 6 });

        Assert.Equal(12, results.Count);
        Assert.Equal(Enumerable.Range(0, 12).Select(static i => i % 2 == 1).ToList(), results.Select(static r => r.Problem is not null).ToList());
        // Windows of six results hold three pages each: enough to learn from, window by window.
        Assert.All(results.Where(static r => r.Article is not null), static r => AssertTemplateRemoved(r.Article!, Promo));
    }

    [Fact]
    public void Archived_copies_belong_to_the_site_they_copy()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 4; i++)
        {
            folder.Write($"p{i}.txt", Page($"https://web.archive.org/web/2020010100000{i}/https://site{i}.example/news", Story(i) + "\n\n" + Promo));
        }

        Assert.All(Articles(Read(folder)), static a => Assert.Contains(Promo, a.Body));
    }
}
