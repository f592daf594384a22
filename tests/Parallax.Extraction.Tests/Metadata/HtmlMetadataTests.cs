namespace Parallax.Extraction.Tests.Metadata;

public sealed class HtmlMetadataTests
{
    [Fact]
    public void Json_ld_in_a_graph_resolves_author_and_publisher_references()
    {
        const string Head = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"Organization","@id":"https://ex.example/#org","name":"The Northern Courier"},
              {"@type":"Person","@id":"https://ex.example/#/person/1","name":"Ada Brook"},
              {"@type":"WebPage","@id":"https://ex.example/buses","inLanguage":"en-GB"},
              {"@type":["NewsArticle"],"headline":"Night buses","author":{"@id":"https://ex.example/#/person/1"},
               "publisher":{"@id":"https://ex.example/#org"},"datePublished":"2025-03-04T08:00:00+01:00",
               "dateModified":"2025-03-05T10:15:00-05:00","url":"https://ex.example/buses",
               "image":{"@type":"ImageObject","url":"https://ex.example/a.jpg","caption":"A night bus at the depot."}}]}</script>
            """;
        using var folder = new TempFolder();
        var article = PageFixtures.Read(folder, PageFixtures.Page(Head));

        Assert.Equal(["Ada Brook"], article.Authors.AsEnumerable());
        Assert.Equal("Ada Brook", article.Author);
        Assert.Equal("The Northern Courier", article.Source);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 7, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 15, 15, 0, TimeSpan.Zero), article.Updated);
        Assert.Equal(TimeSpan.FromHours(-5), article.Updated!.Value.Offset);
        Assert.Equal("en", article.Language);
        Assert.Equal("https://ex.example/buses", article.Url);
        Assert.Equal("A night bus at the depot.", article.LeadImageCaption);
    }

    [Fact]
    public void Json_ld_text_escaped_as_html_is_read_as_the_text_it_escapes()
    {
        // Content systems often write JSON-LD from HTML-escaped fields; a reader sees the quote, not "&quot;".
        const string Head = """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Mayor: &quot;We will rebuild&quot; &amp; more",
              "author":{"@type":"Person","name":"Zo&#235; Lund"},
              "image":{"@type":"ImageObject","caption":"The &#8216;old&#8217; bridge"}}</script>
            """;
        using var folder = new TempFolder();
        var article = PageFixtures.Read(folder, PageFixtures.Page(Head));

        Assert.Equal("Mayor: \"We will rebuild\" & more", article.Title);
        Assert.Equal(["Zo\u00EB Lund"], article.Authors.AsEnumerable());
        Assert.Equal("The \u2018old\u2019 bridge", article.LeadImageCaption);
    }

    [Fact]
    public void Json_ld_arrays_and_author_arrays_give_every_author_once()
    {
        const string Head = """
            <script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"Article","headline":"Night buses",
              "author":[{"@type":"Person","name":"By Ada Brook"},"Ben Carr and Cleo Dunn",{"@type":"Person","name":"Ada Brook"},
              {"@type":"Person","url":"https://ex.example/staff/eve"},{"@type":"Organization","name":"Courier Staff"},
              "https://ex.example/author/zed"]}]</script>
            """;
        using var folder = new TempFolder();
        var article = PageFixtures.Read(folder, PageFixtures.Page(Head));

        Assert.Equal(["Ada Brook", "Ben Carr", "Cleo Dunn", "Courier Staff"], article.Authors.AsEnumerable());
        Assert.Equal("Ada Brook, Ben Carr, Cleo Dunn, Courier Staff", article.Author);
    }

    [Fact]
    public void Broken_json_ld_is_skipped_and_the_next_script_counts()
    {
        const string Head = """
            <script type="application/ld+json">{"@type":"NewsArticle", "headline": </script>
            <script type="application/ld+json">{"@type":"ReportageNewsArticle","author":"Ada Brook","inLanguage":{"@type":"Language","alternateName":"fr"}}</script>
            """;
        using var folder = new TempFolder();
        var article = PageFixtures.Read(folder, PageFixtures.Page(Head, PageFixtures.ShortBody));

        Assert.Equal(["Ada Brook"], article.Authors.AsEnumerable());
        Assert.Equal("fr", article.Language);
    }

    [Fact]
    public void An_article_as_a_web_pages_main_entity_is_found()
    {
        const string Head = """
            <script type="application/ld+json">{"@type":"WebPage","name":"Page","mainEntity":{"@type":"NewsArticle","author":{"@type":"Person","givenName":"Ada","familyName":"Brook"}}}</script>
            """;
        using var folder = new TempFolder();
        var article = PageFixtures.Read(folder, PageFixtures.Page(Head));

        Assert.Equal(["Ada Brook"], article.Authors.AsEnumerable());
    }

    [Fact]
    public void An_open_graph_only_page_gives_title_outlet_dates_url_and_locale()
    {
        const string Head = """
            <meta property="og:title" content="Night buses reach the suburbs">
            <meta property="og:site_name" content="Northern Courier">
            <meta property="og:url" content="https://courier.example/buses">
            <meta property="og:locale" content="de_DE">
            <meta property="article:published_time" content="2025-03-04T09:30:00+01:00">
            <meta property="article:modified_time" content="2025-03-04T18:00:00Z">
            <meta property="article:author" content="https://facebook.example/ada">
            """;
        using var folder = new TempFolder();
        var article = PageFixtures.Read(folder, PageFixtures.Page(Head, PageFixtures.ShortBody));

        Assert.Equal("Night buses reach the suburbs", article.Title);
        Assert.Equal("Northern Courier", article.Source);
        Assert.Equal("https://courier.example/buses", article.Url);
        Assert.Equal("de", article.Language);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 8, 30, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 18, 0, 0, TimeSpan.Zero), article.Updated);
        Assert.Empty(article.Authors.AsEnumerable());
        Assert.Null(article.Author);
    }

    [Fact]
    public void A_meta_only_page_gives_author_date_and_content_language()
    {
        const string Head = """
            <meta name="author" content="By Ada Brook and Ben Carr, Transport Correspondents">
            <meta name="date" content="2025-03-04">
            <meta http-equiv="Content-Language" content="es-MX">
            """;
        using var folder = new TempFolder();
        var article = PageFixtures.Read(folder, PageFixtures.Page(Head, PageFixtures.ShortBody));

        Assert.Equal(["Ada Brook", "Ben Carr"], article.Authors.AsEnumerable());
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("es", article.Language);
    }

    [Fact]
    public void A_byline_only_page_takes_the_authors_and_times_from_the_dom()
    {
        const string Byline = """
            <div class="article-byline">By <a rel="author" href="/ada">Ada Brook</a> and <a rel="author" href="/ben">Ben Carr</a> in Leeds</div>
            <p class="dateline">Published <time datetime="2025-03-04T09:30:00+01:00">4 March</time>,
            updated <time datetime="2025-03-04T21:00:00+01:00">21:00</time></p>
            <figure><img src="a.jpg"><figcaption>Drivers at the depot on Monday.</figcaption></figure>
            """;
        using var folder = new TempFolder();
        var article = PageFixtures.Read(folder, PageFixtures.Page("<title>Night buses</title>", beforeBody: Byline));

        Assert.Equal(["Ada Brook", "Ben Carr"], article.Authors.AsEnumerable());
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 8, 30, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 20, 0, 0, TimeSpan.Zero), article.Updated);
        Assert.Equal("Drivers at the depot on Monday.", article.LeadImageCaption);
    }

    [Fact]
    public void Dates_in_the_articles_own_footer_count_and_those_of_other_articles_do_not()
    {
        const string Related = """
            <article class="comment"><p class="byline">By Other Writer</p><time datetime="2020-01-01T00:00:00Z">old</time></article>
            """;
        const string ArticleFooter = """
            <footer class="entry-meta"><time class="entry-date published" datetime="2025-03-04T09:30:00+01:00">4 March</time>
            <time class="updated" datetime="2025-03-06T09:30:00+01:00">6 March</time></footer>
            """;
        using var folder = new TempFolder();
        var page = PageFixtures.Page("<title>Night buses</title>", PageFixtures.EnglishBody + ArticleFooter, beforeBody: Related)
            .Replace("</main>", "<aside><time datetime=\"2019-01-01T00:00:00Z\">x</time><a rel=\"author\">Side Writer</a></aside></main>", StringComparison.Ordinal);
        var article = PageFixtures.Read(folder, page);

        Assert.Equal(new DateTimeOffset(2025, 3, 4, 8, 30, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(new DateTimeOffset(2025, 3, 6, 8, 30, 0, TimeSpan.Zero), article.Updated);
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void Declared_metadata_outranks_the_dom_byline()
    {
        const string Byline = """<p class="byline">By Someone Else</p>""";
        using var folder = new TempFolder();
        var article = PageFixtures.Read(folder, PageFixtures.Page("""<meta name="author" content="Ada Brook">""", beforeBody: Byline));

        Assert.Equal(["Ada Brook"], article.Authors.AsEnumerable());
    }

    [Fact]
    public void Html_lang_outranks_other_declarations()
    {
        const string Head = """
            <meta property="og:locale" content="fr_FR">
            <script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"it"}</script>
            """;
        using var folder = new TempFolder();
        var article = PageFixtures.Read(folder, PageFixtures.Page(Head, htmlAttributes: " lang=\"EN-us\""));

        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void An_undeclared_language_is_guessed_from_the_text()
    {
        using var folder = new TempFolder();
        var german = PageFixtures.Read(folder, PageFixtures.Page("<title>Nachtbusse</title>", PageFixtures.GermanBody), "de.html");
        var english = PageFixtures.Read(folder, PageFixtures.Page("<title>Night buses</title>"), "en.html");

        Assert.Equal("de", german.Language);
        Assert.Equal("en", english.Language);
    }

    [Fact]
    public void A_declaration_the_text_clearly_contradicts_gives_way_to_the_text()
    {
        // Templates declare one language for a whole multilingual site ("en-US" on German pages).
        using var folder = new TempFolder();
        var wrong = PageFixtures.Read(folder, PageFixtures.Page("<title>Nachtbusse</title>", PageFixtures.GermanBody, htmlAttributes: " lang=\"en-US\""), "de.html");

        Assert.Equal("de", wrong.Language);
    }

    [Fact]
    public void A_declared_language_the_guesser_does_not_know_stands()
    {
        // Luxembourgish pages read much like German to stop-word profiles; the guesser cannot tell, so the page is believed.
        using var folder = new TempFolder();
        var page = PageFixtures.Read(folder, PageFixtures.Page("<title>Nachtbusse</title>", PageFixtures.GermanBody, htmlAttributes: " lang=\"lb\""), "lb.html");

        Assert.Equal("lb", page.Language);
    }

    [Fact]
    public void Canonical_outranks_og_url_which_outranks_json_ld_url()
    {
        const string All = """
            <link rel="canonical" href="https://courier.example/canonical">
            <meta property="og:url" content="https://courier.example/og">
            <script type="application/ld+json">{"@type":"NewsArticle","url":"https://courier.example/ld"}</script>
            """;
        const string NoCanonical = """
            <meta property="og:url" content="https://courier.example/og">
            <script type="application/ld+json">{"@type":"NewsArticle","url":"https://courier.example/ld"}</script>
            """;
        const string OnlyJsonLd = """<script type="application/ld+json">{"@type":"NewsArticle","mainEntityOfPage":{"@id":"https://courier.example/ld"}}</script>""";
        const string Relative = """
            <link rel="canonical" href="/news/buses">
            <meta property="og:url" content="https://courier.example/og">
            """;
        using var folder = new TempFolder();

        Assert.Equal("https://courier.example/canonical", PageFixtures.Read(folder, PageFixtures.Page(All), "a.html").Url);
        Assert.Equal("https://courier.example/og", PageFixtures.Read(folder, PageFixtures.Page(NoCanonical), "b.html").Url);
        Assert.Equal("https://courier.example/ld", PageFixtures.Read(folder, PageFixtures.Page(OnlyJsonLd), "c.html").Url);
        Assert.Equal("https://courier.example/news/buses", PageFixtures.Read(folder, PageFixtures.Page(Relative), "d.html").Url);
    }

    [Fact]
    public void The_pages_canonical_url_outranks_the_address_it_was_read_from_which_resolves_a_relative_one()
    {
        var page = PageFixtures.Page("""<link rel="canonical" href="https://courier.example/canonical">""");
        var relative = PageFixtures.Page("""<link rel="canonical" href="/news/buses?x=1">""");
        var none = PageFixtures.Page("<title>Night buses</title>");
        using var folder = new TempFolder();
        var path = folder.Write("records.jsonl", string.Join('\n',
            Record(page, "https://mirror.example/a"), Record(relative, "https://courier.example/old/path"), Record(none, "https://mirror.example/c")));

        var urls = new ArticleReader(new ExtractionOptions()).ReadFile(path).Select(r => r.Article!.Url).ToList();

        Assert.Equal(["https://courier.example/canonical", "https://courier.example/news/buses?x=1", "https://mirror.example/c"], urls);
    }

    [Fact]
    public void Dates_keep_their_time_zone_and_unzoned_dates_are_utc()
    {
        const string Head = """
            <meta property="article:published_time" content="2025-03-04T23:30:00-08:00">
            <meta property="article:modified_time" content="2025-03-05T09:00:00">
            """;
        using var folder = new TempFolder();
        var article = PageFixtures.Read(folder, PageFixtures.Page(Head));

        Assert.Equal(TimeSpan.FromHours(-8), article.Published!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 7, 30, 0, TimeSpan.Zero), article.Published.Value.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 9, 0, 0, TimeSpan.Zero), article.Updated);
    }

    [Fact]
    public void An_update_before_the_publication_is_dropped()
    {
        const string Head = """
            <meta property="article:published_time" content="2025-03-04T10:00:00+01:00">
            <meta property="article:modified_time" content="2025-03-04T08:59:00Z">
            """;
        using var folder = new TempFolder();
        var article = PageFixtures.Read(folder, PageFixtures.Page(Head));

        Assert.NotNull(article.Published);
        Assert.Null(article.Updated);
    }

    private static string Record(string html, string url) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["html"] = html, ["url"] = url });
}
