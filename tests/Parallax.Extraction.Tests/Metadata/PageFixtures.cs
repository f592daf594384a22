namespace Parallax.Extraction.Tests.Metadata;

/// <summary>Small HTML pages around one article body, with the head and byline each test declares.</summary>
internal static class PageFixtures
{
    public const string EnglishBody = """
        <p>The city council voted on Tuesday to extend the night bus network to the northern suburbs, after a year of complaints from shift workers who said they had no way to get home.</p>
        <p>The new routes will start in March and will cost about four million a year, which the council said would be paid for by a small rise in parking charges in the centre.</p>
        <p>Opposition members said the plan was welcome but late, and asked why the routes had been cut in the first place when the budget was set two years ago.</p>
        """;

    /// <summary>A body too short for a language guess, so a page's declared language stands uncontested.</summary>
    public const string ShortBody = """
        <p>The council voted on Tuesday to extend night buses to the northern suburbs.</p>
        """;

    public const string GermanBody = """
        <p>Der Stadtrat hat am Dienstag beschlossen, das Nachtbusnetz auf die nördlichen Vororte auszuweiten, nachdem sich Schichtarbeiter ein Jahr lang über fehlende Verbindungen beschwert hatten.</p>
        <p>Die neuen Linien sollen im März starten und werden etwa vier Millionen im Jahr kosten, die nach Angaben der Stadt durch eine kleine Erhöhung der Parkgebühren in der Innenstadt bezahlt werden.</p>
        <p>Die Opposition begrüßte den Plan, sagte aber, er komme zu spät, und fragte, warum die Linien vor zwei Jahren überhaupt gestrichen worden seien.</p>
        """;

    public static string Page(string head, string body = EnglishBody, string htmlAttributes = "", string beforeBody = "") => $"""
        <!DOCTYPE html>
        <html{htmlAttributes}><head>
        {head}
        </head><body>
        <main><article>
        <h1>Night buses to reach the northern suburbs</h1>
        {beforeBody}
        <div class="article-body">
        {body}
        </div>
        </article></main>
        </body></html>
        """;

    public static Parallax.Core.Articles.Article Read(TempFolder folder, string html, string name = "page.html")
    {
        var path = folder.Write(name, html);
        var result = Assert.Single(new ArticleReader(new ExtractionOptions()).ReadFile(path));
        Assert.Null(result.Problem);
        return result.Article!;
    }
}
