using Parallax.Core.Articles;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.Tests;

public sealed class SeedArticleTests
{
    public static TheoryData<string> AllSeeds => new() { "000", "001", "002", "003", "004" };

    // Page furniture seen in the seeds; none of it may survive into a body.
    private static readonly string[] Furniture =
    [
        "Support The Moscow Times", "newsletter", "Subscribers agree", "A Message from", "Dear readers",
        "Remind me later", "Not ready to support", "Read more", "Advertisement", "Chinomso Sunday",
        "Share the Story", "Add a comment", "Leave a Reply", "Your email address", "kremlin.ru", "FILE PHOTO",
        "© Sputnik", "undesirable", "we need your help",
    ];

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Body_holds_no_page_furniture(string seed)
    {
        var article = Seeds.Read(seed);
        Assert.NotEmpty(article.Body);
        foreach (var paragraph in article.Body)
        {
            foreach (var furniture in Furniture)
            {
                Assert.DoesNotContain(furniture, paragraph, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Every_line_of_the_page_is_accounted_for_exactly_once(string seed)
    {
        var article = Seeds.Read(seed);
        var accounted = new List<string>();
        if (article.Title is not null)
        {
            accounted.Add(article.Title);
        }

        accounted.AddRange(article.Body);
        accounted.AddRange(article.Captions);
        accounted.AddRange(article.Removed.Select(r => r.Text));

        var expected = Seeds.Lines(seed).Select(Collapse).Order(StringComparer.Ordinal);
        var actual = accounted.Select(Collapse).Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    private static string Collapse(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Identity_path_and_text_are_consistent(string seed)
    {
        var article = Seeds.Read(seed);
        Assert.Equal(ArticleIdentity.Compute(article.Body), article.Id);
        Assert.Equal(Seeds.PathOf(seed), article.Path);
        Assert.Equal(string.Join(Article.ParagraphSeparator, article.Body), article.Text);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("003")]
    [InlineData("004")]
    public void Headline_is_found_and_is_not_body(string seed)
    {
        var article = Seeds.Read(seed);
        Assert.NotNull(article.Title);
        Assert.Contains(Seeds.Lines(seed), line => line == article.Title);
        Assert.DoesNotContain(article.Title, article.Body);
        Assert.DoesNotMatch(@"\.$", article.Title);
    }

    [Theory]
    [InlineData("001")]
    [InlineData("002")]
    public void Text_that_opens_with_prose_has_no_headline(string seed)
    {
        var article = Seeds.Read(seed);
        Assert.Null(article.Title);
        var firstProse = Seeds.Lines(seed).First(line => !article.Captions.Contains(line));
        Assert.Equal(firstProse, article.Body[0]);
    }

    [Fact]
    public void Repeated_headline_inside_the_body_is_removed_as_such()
    {
        var article = Seeds.Read("004");
        var repeated = Assert.Single(article.Removed, r => r.Reason == RemovalReason.RepeatedHeadline);
        Assert.NotEqual(article.Title, repeated.Text);
    }

    [Theory]
    [InlineData("001", "©")]
    [InlineData("003", "kremlin.ru")]
    public void Photo_credit_lines_become_captions(string seed, string marker)
    {
        var article = Seeds.Read(seed);
        var caption = Assert.Single(article.Captions);
        Assert.Contains(marker, caption, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("003", "The Moscow Times")]
    [InlineData("004", "News Central")]
    public void Outlet_comes_from_the_pages_own_signals(string seed, string outlet)
    {
        var article = Seeds.Read(seed);
        Assert.Equal(outlet, article.Source);
        Assert.Equal(SourceEvidence.TextSignal, article.SourceEvidence);
    }

    [Fact]
    public void Without_any_signal_the_outlet_is_the_file_name()
    {
        var article = Seeds.Read("000");
        Assert.Equal(SourceEvidence.FileName, article.SourceEvidence);
        Assert.Equal(Path.GetFileNameWithoutExtension(Seeds.PathOf("000")), article.Source);
    }

    [Fact]
    public void Appeal_letter_and_its_buttons_are_removed_as_donation()
    {
        var article = Seeds.Read("003");
        var donation = article.Removed.Where(r => r.Reason == RemovalReason.Donation).Select(r => r.Text).ToList();
        Assert.Contains(donation, t => t.StartsWith("Dear readers", StringComparison.Ordinal));
        Assert.Contains(donation, t => t.StartsWith("We are facing", StringComparison.Ordinal));
        Assert.Contains(donation, t => t == "Monthly");
        Assert.Contains(article.Removed, r => r.Reason == RemovalReason.Newsletter);
    }

    [Fact]
    public void Author_box_comment_form_and_share_prompt_are_removed_with_their_reasons()
    {
        var article = Seeds.Read("004");
        Assert.Contains(article.Removed, r => r.Reason == RemovalReason.AuthorBio && r.Text.Contains(" is a ", StringComparison.Ordinal));
        Assert.Contains(article.Removed, r => r.Reason == RemovalReason.Comments);
        Assert.Contains(article.Removed, r => r.Reason == RemovalReason.Share);
        Assert.Equal(2, article.Removed.Count(r => r.Reason == RemovalReason.Advertisement));
        Assert.Equal("Chinomso Sunday", article.Author);
    }

    [Fact]
    public void Reading_the_seed_folder_is_ordered_and_repeatable()
    {
        var reader = new ArticleReader(new ExtractionOptions());
        var first = reader.Read([Seeds.Folder]).ToList();
        var second = reader.Read([Seeds.Folder]).ToList();
        Assert.Equal(5, first.Count);
        Assert.All(first, r => Assert.Null(r.Problem));
        var paths = first.Select(r => r.Article!.Path).ToList();
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        Assert.Equal(first.Select(r => r.Article!.Id), second.Select(r => r.Article!.Id));
        Assert.Equal(5, first.Select(r => r.Article!.Id).Distinct().Count());
    }

    [Fact]
    public void Parallel_reads_give_the_same_articles()
    {
        var reader = new ArticleReader(new ExtractionOptions());
        var files = Directory.GetFiles(Seeds.Folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var sequential = files.Select(f => reader.ReadFile(f).Single().Article!.Id).ToArray();
        var parallel = files.AsParallel().AsOrdered().Select(f => reader.ReadFile(f).Single().Article!.Id).ToArray();
        Assert.Equal(sequential, parallel);
    }
}
