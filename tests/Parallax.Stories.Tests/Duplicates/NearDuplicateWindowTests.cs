using Parallax.Stories.Duplicates;

namespace Parallax.Stories.Tests.Duplicates;

public sealed class NearDuplicateWindowTests
{
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ACopyLinksToTheEarliestArticleStillInTheWindowOfASharedBucket()
    {
        var options = StoryDetectorOptions.Default;
        var window = new NearDuplicateWindow(options);
        var signature = Signature(options.MinHashCount, 7);
        for (var i = 0; i < 3; i++)
        {
            // The same signature: every band of the three shares one bucket, which holds them in arrival order.
            window.Add(new DuplicateCandidate(i, $"a{i}", Start.AddHours(i), signature, i));
        }

        Assert.Equal("a0", window.FindOriginal(signature)!.Value.Original.Id);

        window.Expire(Start.AddHours(1) + options.DuplicateWindow - TimeSpan.FromMinutes(1));
        Assert.Equal("a1", window.FindOriginal(signature)!.Value.Original.Id);

        window.Expire(Start.AddHours(2) + options.DuplicateWindow - TimeSpan.FromMinutes(1));
        Assert.Equal("a2", window.FindOriginal(signature)!.Value.Original.Id);

        window.Expire(Start.AddHours(3) + options.DuplicateWindow);
        Assert.Null(window.FindOriginal(signature));
    }

    [Fact]
    public void AnArticleAloneInItsBucketsLeavesNothingBehindWhenItExpires()
    {
        var options = StoryDetectorOptions.Default;
        var window = new NearDuplicateWindow(options);
        var first = Signature(options.MinHashCount, 1);
        var second = Signature(options.MinHashCount, 2);
        window.Add(new DuplicateCandidate(0, "a", Start, first, 0));
        window.Add(new DuplicateCandidate(1, "b", Start.AddDays(1), second, 1));

        window.Expire(Start.AddMinutes(1) + options.DuplicateWindow);

        Assert.Null(window.FindOriginal(first));
        Assert.Equal("b", window.FindOriginal(second)!.Value.Original.Id);
    }

    private static uint[] Signature(int length, uint seed)
    {
        var values = new uint[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = (seed * 2654435761u) ^ (uint)(i * 40503);
        }

        return values;
    }
}
