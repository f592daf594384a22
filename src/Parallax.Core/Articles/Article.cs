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

    /// <summary>Stable content identity (see <see cref="ArticleIdentity"/>): the same body gives the same id.</summary>
    public required string Id { get; init; }

    /// <summary>The file (and, for multi-record files, the record) the article was read from.</summary>
    public required string Path { get; init; }

    /// <summary>The outlet that published the article.</summary>
    public required string Source { get; init; }

    /// <summary>How <see cref="Source"/> was determined.</summary>
    public SourceEvidence SourceEvidence { get; init; } = SourceEvidence.Declared;

    public string? Title { get; init; }

    public string? Url { get; init; }

    /// <summary>Publication time, when known. Relative dates in the text resolve against it.</summary>
    public DateTimeOffset? Published { get; init; }

    public string? Author { get; init; }

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
        }
    }

    /// <summary>The body paragraphs joined by <see cref="ParagraphSeparator"/>.</summary>
    public string Text { get; private init; } = "";

    /// <summary>Where each body paragraph lies in <see cref="Text"/>.</summary>
    public ImmutableArray<TextSpan> ParagraphSpans { get; private init; } = [];

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
