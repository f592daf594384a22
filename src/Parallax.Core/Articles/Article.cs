using System.Collections.Immutable;
using Parallax.Core.Text;

namespace Parallax.Core.Articles;

/// <summary>
/// A cleaned article: its body paragraphs apart from boilerplate and captions, and its metadata.
/// <see cref="Text"/> is the body paragraphs joined by blank lines; every annotation offset points into it.
/// </summary>
public sealed record Article
{
    /// <summary>The separator placed between paragraphs in <see cref="Text"/>.</summary>
    public const string ParagraphSeparator = "\n\n";

    private readonly ImmutableArray<string> body = [];
    private readonly ImmutableArray<string> authors = [];
    private readonly string? author;

    /// <summary>Stable content identity (see <see cref="ArticleIdentity"/>): the same body gives the same id.</summary>
    public required string Id { get; init; }

    /// <summary>The file (and, for multi-record files, the record) the article was read from.</summary>
    public required string Path { get; init; }

    /// <summary>The outlet that published the article.</summary>
    public required string Source { get; init; }

    /// <summary>How <see cref="Source"/> was determined.</summary>
    public SourceEvidence SourceEvidence { get; init; } = SourceEvidence.Declared;

    /// <summary>The headline, when known.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The article's canonical address: the page's rel=canonical, else og:url, else its JSON-LD url, else the address
    /// the input was read from.
    /// </summary>
    public string? Url { get; init; }

    /// <summary>Publication time, when known. Relative dates in the text resolve against it.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The last stated update of the article, when the page gives one.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>
    /// The byline as one string: the value set, else <see cref="Authors"/> joined by ", " (null when there are none).
    /// </summary>
    public string? Author
    {
        get => author ?? (Authors.IsEmpty ? null : string.Join(", ", Authors));
        init => author = value;
    }

    /// <summary>Each author (a person's or an organisation's name, never a URL or a role), in byline order.</summary>
    public ImmutableArray<string> Authors
    {
        get => authors;
        init => authors = value.IsDefault ? [] : value;
    }

    /// <summary>The language as a lower-case BCP 47 primary subtag ("en", "de"), or null when unknown.</summary>
    public string? Language { get; init; }

    /// <summary>The caption of the article's lead image, when the page gives one.</summary>
    public string? LeadImageCaption { get; init; }

    /// <summary>Body paragraphs in reading order.</summary>
    public required ImmutableArray<string> Body
    {
        get => body;
        init
        {
            body = value.IsDefault ? [] : value;
            Text = string.Join(ParagraphSeparator, body);
            var spans = ImmutableArray.CreateBuilder<TextSpan>(body.Length);
            var start = 0;
            foreach (var paragraph in body)
            {
                spans.Add(new TextSpan(start, paragraph.Length));
                start += paragraph.Length + ParagraphSeparator.Length;
            }

            ParagraphSpans = spans.MoveToImmutable();
            Dateline = DatelineReader.Read(Text);
        }
    }

    /// <summary>The body paragraphs joined by <see cref="ParagraphSeparator"/>.</summary>
    public string Text { get; private init; } = "";

    /// <summary>Where each body paragraph lies in <see cref="Text"/>.</summary>
    public ImmutableArray<TextSpan> ParagraphSpans { get; private init; } = [];

    /// <summary>
    /// The dateline that opens the text ("LIMA, Peru (AP) _"), or null: read from <see cref="Body"/>, so every
    /// article has it however it was read or stored. It stays in the text (spans point into the text as written);
    /// what quotes sentences, such as the summary, starts them after it.
    /// </summary>
    public Dateline? Dateline { get; private init; }

    /// <summary>Page text removed from the body, with the reason.</summary>
    public ImmutableArray<RemovedBlock> Removed { get; init; } = [];

    /// <summary>Photo captions and credits, kept apart from the body.</summary>
    public ImmutableArray<string> Captions { get; init; } = [];

    /// <summary>The index of the paragraph that contains <paramref name="position"/>, or -1.</summary>
    public int ParagraphAt(int position)
    {
        var lo = 0;
        var hi = ParagraphSpans.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var span = ParagraphSpans[mid];
            if (position < span.Start)
            {
                hi = mid - 1;
            }
            else if (position > span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
