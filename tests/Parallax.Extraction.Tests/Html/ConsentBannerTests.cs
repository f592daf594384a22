using Parallax.Extraction.Html;

namespace Parallax.Extraction.Tests.Html;

public sealed class ConsentBannerTests
{
    // The banner's legal prose is longer than the short article: without the dialog rule it holds most of the page's
    // paragraph text and is kept as if it were the article.
    private const string ShortArticleWithLongBanner = """
        <html><head><title>Dog chases off burglar</title></head><body>
        <div class="entry">
        <p>A dog chased off a burglar on the town's northern edge on Tuesday night, the police said on Wednesday.</p>
        <p>The dog began barking shortly before midnight, and the owner found a broken window and footprints in the garden.</p>
        </div>
        <div BANNER>
        <div>Functional, preferences, statistics and marketing: the storage of, or access to, information on a device is chosen here, per purpose, for this visit and later ones.</div>
        <div>The technical storage or access is strictly necessary for the legitimate purpose of enabling the use of a specific service explicitly requested by the subscriber or user, or for the sole purpose of carrying out the transmission of a communication over an electronic communications network.</div>
        <div>The technical storage or access that is used exclusively for statistical purposes, anonymous or not, and to create user profiles, to send advertising, or to track the user on a website or across several websites for similar marketing purposes.</div>
        </div>
        </body></html>
        """;

    [Theory]
    [InlineData("role=\"dialog\"")]
    [InlineData("class=\"cmplz-cookiebanner\"")]
    public void A_long_consent_banner_does_not_displace_a_short_article(string banner)
    {
        var body = HtmlExtractor.Extract(ShortArticleWithLongBanner.Replace("BANNER", banner, StringComparison.Ordinal)).Content.Body;

        Assert.Contains(body, paragraph => paragraph.StartsWith("A dog chased off", StringComparison.Ordinal));
        Assert.DoesNotContain(body, paragraph => paragraph.Contains("technical storage", StringComparison.Ordinal));
    }
}
