using Parallax.Language.Time;

namespace Parallax.Language.Tests.Time;

public sealed class DocumentDateEstimatorTests
{
    [Fact]
    public void Uses_the_latest_past_full_date()
    {
        var document = TimeTestDocuments.FromParagraphs(
            "a",
            null,
            "The treaty was signed on March 3, 2024, after talks that began in January 2024.",
            "Both sides met again on 14 May 2024 in Geneva.");

        Assert.Equal(new DateOnly(2024, 5, 14), DocumentDateEstimator.Estimate(document));
    }

    [Fact]
    public void Month_mentions_count_from_their_first_day_and_future_ones_are_ignored()
    {
        var document = TimeTestDocuments.FromParagraphs(
            "b",
            null,
            "The offensive began in February 2022.",
            "Elections will be held in December 2030, officials said.");

        Assert.Equal(new DateOnly(2022, 2, 1), DocumentDateEstimator.Estimate(document));
    }

    [Fact]
    public void Returns_null_without_a_fully_dated_mention()
    {
        var document = TimeTestDocuments.FromParagraphs(
            "c",
            null,
            "Crimea was annexed in 2014. Talks resumed on June 2 and stalled on Friday.");

        Assert.Null(DocumentDateEstimator.Estimate(document));
    }

    [Fact]
    public void Prefers_the_publication_date()
    {
        var document = TimeTestDocuments.FromParagraphs(
            "d",
            new DateTimeOffset(2025, 9, 12, 8, 0, 0, TimeSpan.Zero),
            "The offensive began in February 2022.");

        Assert.Equal(new DateOnly(2025, 9, 12), DocumentDateEstimator.Estimate(document));
    }

    [Fact]
    public void Seed_002_is_dated_no_earlier_than_its_january_2025_mention()
    {
        Assert.Equal(new DateOnly(2025, 1, 1), DocumentDateEstimator.Estimate(TimeTestDocuments.Seed("002")));
        Assert.Null(DocumentDateEstimator.Estimate(TimeTestDocuments.Seed("000")));
    }
}
