namespace Parallax.Stories.Tests;

public sealed class OrderedPipelineTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 3)]
    [InlineData(1000, 2)]
    public void Every_item_is_consumed_once_in_input_order(int chunkSize, int workers)
    {
        var items = Enumerable.Range(0, 2_345).ToArray();
        var consumed = new List<long>();

        OrderedPipeline.Run(items, static i => (long)i * i, consumed.Add, chunkSize, workers);

        Assert.Equal(items.Select(static i => (long)i * i), consumed);
    }

    [Fact]
    public void A_failing_map_stops_the_consumer_before_the_failed_item_and_is_thrown()
    {
        var consumed = new List<int>();

        var thrown = Assert.Throws<AggregateException>(() => OrderedPipeline.Run(
            Enumerable.Range(0, 500).ToArray(),
            static i => i == 300 ? throw new InvalidOperationException("bad item") : i,
            consumed.Add,
            chunkSize: 10,
            workers: 2));

        Assert.Contains(thrown.InnerExceptions, static e => e.Message == "bad item");
        Assert.True(consumed.Count <= 300);
        Assert.Equal(Enumerable.Range(0, consumed.Count), consumed);
    }

    [Fact]
    public void A_failing_consumer_throws_its_own_exception_after_the_workers_stop()
    {
        var mapped = 0;

        var thrown = Assert.Throws<InvalidOperationException>(() => OrderedPipeline.Run(
            Enumerable.Range(0, 10_000).ToArray(),
            i => Interlocked.Increment(ref mapped),
            static i => throw new InvalidOperationException("consumer"),
            chunkSize: 16,
            workers: 2));

        var afterReturn = Volatile.Read(ref mapped);
        Thread.Sleep(50);
        Assert.Equal("consumer", thrown.Message);
        Assert.Equal(afterReturn, Volatile.Read(ref mapped));
    }

    [Fact]
    public void Workers_map_no_more_than_the_chunks_ahead_beyond_a_slow_consumer()
    {
        var mapped = 0;
        var consumed = 0;
        var mostAhead = 0;

        OrderedPipeline.Run(
            Enumerable.Range(0, 2_000).ToArray(),
            i => Interlocked.Increment(ref mapped),
            _ =>
            {
                // The first item waits, so unbounded workers would map every item before the consumer goes on.
                if (consumed == 0)
                {
                    Thread.Sleep(200);
                }

                mostAhead = Math.Max(mostAhead, Volatile.Read(ref mapped) - consumed);
                consumed++;
            },
            chunkSize: 10,
            workers: 2,
            chunksAhead: 3);

        Assert.Equal(2_000, consumed);
        Assert.InRange(mostAhead, 1, 3 * 10);
    }
}
