namespace Parallax.Extraction.Tests.Metadata;

/// <summary>
/// The page's metadata is gathered in one walk: declarations count wherever they sit, while the DOM evidence
/// still skips navigation, outside asides and footers, and every article after the first.
/// </summary>
public sealed class PageWalkTests
{
    [Fact]
    public void Json_ld_meta_and_canonical_count_even_in_a_footer_the_dom_evidence_skips()
    {
        var html = $$"""
            <!DOCTYPE html>
            <html><head><title>Night buses | Courier</title></head><body>
            <main><article><h1>Night buses to reach the northern suburbs</h1>{{PageFixtures.ShortBody}}</article></main>
            <footer>
              <script type="Application/LD+JSON">{"@type":"NewsArticle","author":"Ada Brook","datePublished":"2025-03-04T08:00:00Z"}</script>
              <meta name="dc.language" content="fr">
              <link rel="alternate canonical" href="https://ex.example/buses">
            </footer>
            </body></html>
            """;
        using var folder = new TempFolder();
        var article = PageFixtures.Read(folder, html);

        Assert.Equal(["Ada Brook"], article.Authors.AsEnumerable());
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 8, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("fr", article.Language);
        Assert.Equal("https://ex.example/buses", article.Url);
    }

    [Fact]
    public void Only_the_first_article_and_not_the_navigation_gives_bylines_and_times()
    {
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><title>Night buses</title></head><body>
            <nav><span class="byline">By Nav Person</span><time datetime="2020-01-01T00:00:00Z">old</time></nav>
            <article><h1>Night buses to reach the northern suburbs</h1>
              <p class="byline">By Ada Brook</p><time datetime="2025-03-04T08:00:00Z">4 March</time>
              {PageFixtures.EnglishBody}
              <article><p class="byline">By Comment Person</p></article>
            </article>
            <article><p class="byline">By Teaser Person</p><time datetime="2019-01-01T00:00:00Z">teaser</time></article>
            </body></html>
            """;
        using var folder = new TempFolder();
        var article = PageFixtures.Read(folder, html);

        Assert.Equal(["Ada Brook"], article.Authors.AsEnumerable());
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 8, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void A_class_counts_as_an_author_only_as_the_whole_token()
    {
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><title>Night buses</title></head><body>
            <article><h1>Night buses to reach the northern suburbs</h1>
              <div class="author-box">Box Person</div>
              <span class="meta  AUTHOR">Ada Brook</span>
              {PageFixtures.EnglishBody}
            </article>
            </body></html>
            """;
        using var folder = new TempFolder();
        var article = PageFixtures.Read(folder, html);

        Assert.Equal(["Ada Brook"], article.Authors.AsEnumerable());
    }
}
