using System.Collections.Immutable;
using System.Text;
using Parallax.Core.Articles;

namespace Parallax.Stories.Evaluation;

/// <summary>
/// A deterministic stream of news-like articles for benchmarks, built from real texts so that the clusterer sees real
/// vocabulary: at any time a fixed number of events run, each for <see cref="EventLife"/>, each the variation of one
/// source text, the texts taken in turn. Reports of one event share its substituted names; each report drops and swaps sentences and gets its
/// own numbers and outlet, so no two are exact copies. Times advance by a random gap around the mean gap.
/// </summary>
public sealed class SyntheticNewsGenerator
{
    /// <summary>How many events run at once.</summary>
    public const int ConcurrentEvents = 300;

    /// <summary>How long an event gets reports.</summary>
    public static readonly TimeSpan EventLife = TimeSpan.FromDays(2);

    // Substituted names are built from syllables, so that each event gets names of its own: with a short list of
    // names every event would share them, and reports of unrelated events would look alike by their names alone.
    private static readonly string[] Syllables =
    [
        "ka", "lo", "mer", "tin", "sa", "vel", "dor", "ri", "ban", "cu", "fen", "go", "har", "is", "jo", "kel",
        "lan", "mo", "nar", "ol", "pe", "quin", "ros", "ta", "ul", "ven", "wil", "ya", "zan", "bri", "cal", "dre",
    ];

    private static readonly string[] Outlets =
    [
        "Daily Ledger", "Morning Courier", "Evening Standard Post", "Metro Wire", "Global Dispatch", "City Herald",
        "National Tribune", "Coastal Times", "Valley Gazette", "Capital Observer", "Northern Echo Press", "World Desk",
    ];

    private readonly ImmutableArray<SourceText> texts;
    private readonly ulong seed;
    private readonly DateTimeOffset start;
    private readonly TimeSpan meanGap;

    /// <summary>Creates a generator over <paramref name="texts"/> (at least one).</summary>
    public SyntheticNewsGenerator(IEnumerable<SourceText> texts, ulong seed, DateTimeOffset start, TimeSpan meanGap)
    {
        ArgumentNullException.ThrowIfNull(texts);
        this.texts = [.. texts];
        if (this.texts.IsEmpty)
        {
            throw new ArgumentException("At least one source text is needed.", nameof(texts));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(meanGap.Ticks, nameof(meanGap));
        this.seed = seed;
        this.start = start;
        this.meanGap = meanGap;
    }

    /// <summary>The first <paramref name="count"/> articles of the stream, in time order.</summary>
    public IEnumerable<Article> Generate(int count) => GenerateWithEvents(count).Select(static g => g.Article);

    /// <summary>
    /// The first <paramref name="count"/> articles of the stream, in time order, each with the event it reports: the
    /// truth a clustering of the stream can be scored against.
    /// </summary>
    public IEnumerable<GeneratedArticle> GenerateWithEvents(int count)
    {
        var random = new SplitMixRandom(seed);
        var time = start;
        for (var i = 0; i < count; i++)
        {
            time += TimeSpan.FromTicks((long)(meanGap.Ticks * 2 * random.NextDouble()));
            yield return Create(i, time, random);
        }
    }

    private GeneratedArticle Create(int number, DateTimeOffset time, SplitMixRandom random)
    {
        // Each slot runs events one after another; offsets stagger the slots so events do not all change at once.
        var slot = (ulong)random.Next(ConcurrentEvents);
        var elapsed = (time - start).Ticks + (long)(slot * (ulong)EventLife.Ticks / ConcurrentEvents);
        var generation = (ulong)(elapsed / EventLife.Ticks);
        var eventKey = SplitMixRandom.Mix(seed ^ SplitMixRandom.Mix((slot << 32) ^ generation));

        // Texts are taken in turn, so one text comes back only after every other has run (about 9 days with the
        // 1,412 texts of samples, DUC 2004 and PolNeAR): a real event does not recur every few hours.
        var source = texts[(int)((slot + (generation * ConcurrentEvents)) % (ulong)texts.Length)];

        var sentences = new List<string>();
        foreach (var paragraph in source.Paragraphs)
        {
            foreach (var sentence in Sentences(paragraph))
            {
                if (random.NextDouble() >= 0.25)
                {
                    sentences.Add(Vary(sentence, eventKey, random));
                }
            }
        }

        if (sentences.Count == 0)
        {
            sentences.Add(Vary(Sentences(source.Paragraphs[0]).First(), eventKey, random));
        }

        if (sentences.Count > 2 && random.NextDouble() < 0.5)
        {
            var a = 1 + random.Next(sentences.Count - 1);
            var b = 1 + random.Next(sentences.Count - 1);
            (sentences[a], sentences[b]) = (sentences[b], sentences[a]);
        }

        var body = new List<string>();
        for (var i = 0; i < sentences.Count; i += 3)
        {
            body.Add(string.Join(' ', sentences.Skip(i).Take(3)));
        }

        var article = new Article
        {
            Id = ArticleIdentity.Compute(body),
            Path = $"synthetic/{number}",
            Source = Outlets[random.Next(Outlets.Length)],
            Title = source.Title is null ? null : Vary(source.Title, eventKey, random),
            Published = time,
            Body = [.. body],
        };
        return new GeneratedArticle(article, eventKey);
    }

    /// <summary>Sentences split after '.', '!' or '?' followed by a space and a capital letter.</summary>
    private static IEnumerable<string> Sentences(string paragraph)
    {
        var from = 0;
        for (var i = 1; i < paragraph.Length - 1; i++)
        {
            if (paragraph[i] == ' ' && paragraph[i - 1] is '.' or '!' or '?' && char.IsUpper(paragraph[i + 1]))
            {
                yield return paragraph[from..i];
                from = i + 1;
            }
        }

        if (from < paragraph.Length)
        {
            yield return paragraph[from..];
        }
    }

    /// <summary>
    /// Replaces about half of the capitalised words after the first (the same ones, by the same names, throughout one
    /// event) and every number (differently in each report).
    /// </summary>
    private static string Vary(string sentence, ulong eventKey, SplitMixRandom random)
    {
        var result = new StringBuilder(sentence.Length + 16);
        var i = 0;
        var first = true;
        while (i < sentence.Length)
        {
            var c = sentence[i];
            if (!char.IsLetterOrDigit(c))
            {
                result.Append(c);
                i++;
                continue;
            }

            var end = i;
            while (end < sentence.Length && char.IsLetterOrDigit(sentence[end]))
            {
                end++;
            }

            var word = sentence.AsSpan(i, end - i);
            if (char.IsAsciiDigit(c))
            {
                result.Append(1 + random.Next(999));
            }
            else if (!first && char.IsUpper(c) && word.Length > 2 && (Hash(word, eventKey) & 1) == 0)
            {
                AppendName(result, Hash(word, eventKey) >> 1);
            }
            else
            {
                result.Append(word);
            }

            first = false;
            i = end;
        }

        return result.ToString();
    }

    /// <summary>A capitalised name of two or three syllables drawn from <paramref name="bits"/>.</summary>
    private static void AppendName(StringBuilder result, ulong bits)
    {
        var start = result.Length;
        var count = 2 + (int)(bits & 1);
        for (var i = 0; i < count; i++)
        {
            bits >>= 5;
            result.Append(Syllables[(int)(bits % (ulong)Syllables.Length)]);
        }

        result[start] = char.ToUpperInvariant(result[start]);
    }

    private static ulong Hash(ReadOnlySpan<char> word, ulong eventKey)
    {
        var hash = 1469598103934665603UL ^ eventKey;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return SplitMixRandom.Mix(hash) >> 1;
    }
}
