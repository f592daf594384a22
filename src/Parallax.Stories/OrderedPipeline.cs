namespace Parallax.Stories;

/// <summary>
/// Maps a list in parallel, chunk by chunk in input order, and hands each result to one sequential consumer in input
/// order as soon as its chunk is done: the parallel work on later items overlaps the sequential work on earlier ones
/// instead of all of it waiting for the slowest item of the batch.
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>
    /// How many chunks the workers may have taken (being mapped or mapped) that the consumer has not finished, by
    /// default. Unbounded, the workers ran thousands of items ahead of a slower consumer, and those results lived
    /// through garbage collections and were copied into the older generations; bounded, most die young.
    /// </summary>
    public const int DefaultChunksAhead = 8;

    /// <summary>
    /// Calls <paramref name="consume"/> with <c>map(items[i])</c> for each i in order, on the calling thread, while
    /// <paramref name="workers"/> threads map chunks of <paramref name="chunkSize"/> items ahead of it, at most
    /// <paramref name="chunksAhead"/> chunks beyond the one it consumes. The map must be safe to run alongside the
    /// consumer. Returns once every worker has stopped.
    /// </summary>
    /// <exception cref="AggregateException">The map threw; the consumer stops at the first chunk not mapped.</exception>
    public static void Run<TIn, TOut>(
        IReadOnlyList<TIn> items, Func<TIn, TOut> map, Action<TOut> consume, int chunkSize, int workers, int chunksAhead = DefaultChunksAhead)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunksAhead);
        var results = new TOut[items.Count];
        var chunks = (int)(((long)items.Count + chunkSize - 1) / chunkSize);
        var done = new ManualResetEventSlim[chunks];
        for (var c = 0; c < chunks; c++)
        {
            done[c] = new ManualResetEventSlim(false);
        }

        var next = -1;
        var stop = false;
        var failed = false;

        // A permit per chunk a worker may take; the consumer gives one back per chunk it finishes.
        using var ahead = new SemaphoreSlim(chunksAhead);

        void Work()
        {
            try
            {
                int chunk;
                while (Take(ahead, ref stop) && (chunk = Interlocked.Increment(ref next)) < chunks)
                {
                    var end = (int)Math.Min(items.Count, ((long)chunk + 1) * chunkSize);
                    for (var i = chunk * chunkSize; i < end; i++)
                    {
                        results[i] = map(items[i]);
                    }

                    done[chunk].Set();
                }
            }
            catch
            {
                // Wake the consumer wherever it waits; it sees the failure and stops.
                Volatile.Write(ref failed, true);
                Volatile.Write(ref stop, true);
                foreach (var signal in done)
                {
                    signal.Set();
                }

                throw;
            }
        }

        var tasks = new Task[Math.Min(workers, Math.Max(chunks, 1))];
        for (var w = 0; w < tasks.Length; w++)
        {
            tasks[w] = Task.Run(Work);
        }

        var consumed = false;
        try
        {
            for (var c = 0; c < chunks && !Volatile.Read(ref failed); c++)
            {
                done[c].Wait();
                if (Volatile.Read(ref failed))
                {
                    break;
                }

                var end = (int)Math.Min(items.Count, ((long)c + 1) * chunkSize);
                for (var i = c * chunkSize; i < end; i++)
                {
                    consume(results[i]);

                    // Consumed items are let go, so a batch does not hold every item's result to its end.
                    results[i] = default!;
                }

                ahead.Release();
            }

            consumed = true;
        }
        finally
        {
            // Workers waiting for a permit wake, see the stop and end.
            Volatile.Write(ref stop, true);
            ahead.Release(tasks.Length);
            try
            {
                Task.WaitAll(tasks);
            }
            catch (AggregateException) when (!consumed)
            {
                // The consumer's own exception is the one that propagates.
            }

            foreach (var signal in done)
            {
                signal.Dispose();
            }
        }
    }

    /// <summary>Waits for a permit to take a chunk; false when the run stops.</summary>
    private static bool Take(SemaphoreSlim ahead, ref bool stop)
    {
        if (Volatile.Read(ref stop))
        {
            return false;
        }

        ahead.Wait();
        return !Volatile.Read(ref stop);
    }
}
