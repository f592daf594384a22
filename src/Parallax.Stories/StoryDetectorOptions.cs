namespace Parallax.Stories;

/// <summary>
/// Thresholds and weights of <see cref="StoryDetector"/>. The defaults were measured on public clustering data sets
/// (see <c>docs/stories.md</c>), not chosen for any particular articles.
/// </summary>
public sealed record StoryDetectorOptions
{
    /// <summary>The defaults.</summary>
    public static StoryDetectorOptions Default { get; } = new();

    /// <summary>
    /// Least similarity (0..1) between an article and a story's centroid for the article to join the story.
    /// Default 0.20: B-cubed F1 on DUC 2004 equal to the best (0.804 against 0.807 at 0.15) with higher precision, and
    /// on undated text about many events of one subject it stops the chaining that 0.15 allows (see
    /// <c>docs/stories.md</c>).
    /// </summary>
    public double StoryThreshold { get; init; } = 0.20;

    /// <summary>
    /// Least similarity (0..1) between a story's centroid and a storyline's centroid for the story to join the
    /// storyline: the same subject, not necessarily the same event. Centroids average away the words peculiar to
    /// single articles, so centroid-to-centroid similarities run higher than article-to-story ones and this value
    /// may exceed <see cref="StoryThreshold"/>. Default 0.30 (keeps the 50 DUC 2004 topics apart, B-cubed F1 0.78,
    /// while UCI storylines score 0.76).
    /// </summary>
    public double StorylineThreshold { get; init; } = 0.30;

    /// <summary>
    /// How long after a story's latest article a dated article may still join it. Applies only when both have a
    /// publication date. Default 3 days.
    /// </summary>
    public TimeSpan StoryWindow { get; init; } = TimeSpan.FromDays(3);

    /// <summary>The largest gap between two dated stories that a storyline link may bridge. Default 60 days.</summary>
    public TimeSpan StorylineWindow { get; init; } = TimeSpan.FromDays(60);

    /// <summary>
    /// Share (0..1) of the similarity given to proper names (capitalised words, or entity names when the document
    /// carries entities). Content words get what <see cref="NameWeight"/> and <see cref="AnchorWeight"/> leave.
    /// Default 0.3.
    /// </summary>
    public double NameWeight { get; init; } = 0.3;

    /// <summary>
    /// Share (0..1) of the similarity given to calendar anchors (weekday, month and year words), which tell apart
    /// events of one storyline when publication dates are missing. Default 0: on the evaluation sets it lowered
    /// the scores (see <c>docs/stories.md</c>), so it is off unless a caller opts in.
    /// </summary>
    public double AnchorWeight { get; init; }

    /// <summary>
    /// Whether an undated article whose lead names a weekday joins only stories whose undated members name the same
    /// weekday or none (see <c>docs/stories.md</c>). Default on.
    /// </summary>
    public bool LeadWeekdayRule { get; init; } = true;

    /// <summary>
    /// Whether IDF adds <see cref="BackgroundFrequencies.Default"/> (document frequencies of news counted before the
    /// stream) to the stream's own counts, so that the first articles of a stream are weighted with evidence. Default
    /// on (see <c>docs/stories.md</c> for what it changes on the evaluation sets).
    /// </summary>
    public bool UseBackgroundFrequencies { get; init; } = true;

    /// <summary>How many times a title word counts relative to a body word. Default 3.</summary>
    public double TitleWeight { get; init; } = 3;

    /// <summary>
    /// How many times a word of the lead paragraph counts relative to a later body word: news puts the event in the
    /// lead (inverted pyramid). Default 2.
    /// </summary>
    public double LeadWeight { get; init; } = 2;

    /// <summary>How many of an article's highest-weighted terms index its story for candidate search. Default 20.</summary>
    public int IndexTerms { get; init; } = 20;

    /// <summary>
    /// How many candidate stories an article is fully compared with: those sharing the most of its index terms
    /// (heavier terms counting more). Bounds the cost of an article when many open stories share its common words.
    /// Default 20.
    /// </summary>
    public int CandidateLimit { get; init; } = 20;

    /// <summary>Least estimated Jaccard similarity of word 5-shingles for a near-duplicate link. Default 0.8.</summary>
    public double DuplicateThreshold { get; init; } = 0.8;

    /// <summary>
    /// How long an article stays a possible original for near-duplicate copies (a copy links to an earlier article
    /// only within this time). Syndicated copies run within hours or days of the original; the window bounds the
    /// memory of a stream. Applies when both articles are dated. Default 7 days.
    /// </summary>
    public TimeSpan DuplicateWindow { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Words per shingle for near-duplicate detection. Default 5.</summary>
    public int ShingleSize { get; init; } = 5;

    /// <summary>Number of MinHash functions; must be divisible by <see cref="DuplicateBands"/>. Default 128.</summary>
    public int MinHashCount { get; init; } = 128;

    /// <summary>
    /// LSH bands over the MinHash signature. With 128 hashes, 16 bands of 8 rows make pairs above about 0.7
    /// Jaccard likely candidates. Default 16.
    /// </summary>
    public int DuplicateBands { get; init; } = 16;

    /// <summary>Length at which a fallback title (the first sentence) is cut. Default 120 characters.</summary>
    public int MaxTitleLength { get; init; } = 120;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(StoryThreshold);
        ArgumentOutOfRangeException.ThrowIfNegative(StorylineThreshold);
        ArgumentOutOfRangeException.ThrowIfNegative(StoryWindow.Ticks, nameof(StoryWindow));
        ArgumentOutOfRangeException.ThrowIfNegative(StorylineWindow.Ticks, nameof(StorylineWindow));
        ArgumentOutOfRangeException.ThrowIfNegative(DuplicateWindow.Ticks, nameof(DuplicateWindow));
        ArgumentOutOfRangeException.ThrowIfNegative(NameWeight);
        ArgumentOutOfRangeException.ThrowIfNegative(AnchorWeight);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(NameWeight + AnchorWeight, 1, nameof(AnchorWeight));
        ArgumentOutOfRangeException.ThrowIfNegative(TitleWeight);
        ArgumentOutOfRangeException.ThrowIfNegative(LeadWeight);
        ArgumentOutOfRangeException.ThrowIfLessThan(IndexTerms, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(CandidateLimit, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(DuplicateThreshold);
        ArgumentOutOfRangeException.ThrowIfLessThan(ShingleSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinHashCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(DuplicateBands, 1);
        if (MinHashCount % DuplicateBands != 0)
        {
            throw new ArgumentException($"{nameof(MinHashCount)} must be divisible by {nameof(DuplicateBands)}.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTitleLength, 10);
    }
}
