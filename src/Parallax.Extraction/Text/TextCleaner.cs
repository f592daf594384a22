using System.Collections.Immutable;
using Parallax.Core.Articles;
using Parallax.Extraction.Metadata;

namespace Parallax.Extraction.Text;

/// <summary>
/// Separates the article from page furniture in pasted page text: a scored classifier of lines and blocks
/// (length, sentence shape, function-word density, boilerplate vocabulary weighed against length, calls to action,
/// caption and credit shapes, link density for HTML blocks), followed by context passes: the headline at the top
/// and its repetitions, appeals that swallow the letter and the short buttons after them, author boxes, and the
/// furniture that clusters at the end of a page. Pure functions: safe to call in parallel.
/// </summary>
public static class TextCleaner
{
    private const double CueThreshold = 1.2;
    private const double ProseCueThreshold = 1.5;
    private const int TitleSearchUnits = 6;
    private const int ShortLine = 5;

    // A fragment this long is a sentence with an odd ending ("…, I wrote then:"), not a button or a link label.
    private const int LongFragment = 15;

    /// <summary>Cleans pasted page text. A <paramref name="knownTitle"/> (from metadata) is not searched for,
    /// but its repetitions in the text are removed.</summary>
    public static CleanedText Clean(string text, string? knownTitle = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CleanUnits(TextUnits.Split(text), knownTitle);
    }

    /// <param name="units">The candidate paragraphs in page order.</param>
    /// <param name="knownTitle">The headline from metadata, or null to look for one at the top.</param>
    /// <param name="keepInnerFragments">Keep short non-prose blocks (subheadings, list items) that lie between body
    /// paragraphs: right for HTML, whose main container was chosen already and marks its structure, wrong for
    /// pasted text, where such lines are mostly page furniture.</param>
    internal static CleanedText CleanUnits(IReadOnlyList<TextUnit> units, string? knownTitle, bool keepInnerFragments = false)
    {
        var count = units.Count;
        var features = new UnitFeatures[count];
        var verdicts = new UnitVerdict[count];
        var reasons = new RemovalReason[count];
        for (var i = 0; i < count; i++)
        {
            features[i] = UnitAnalyzer.Analyze(units[i]);
            (verdicts[i], reasons[i]) = ClassifyAlone(features[i]);
        }

        var titleIndex = knownTitle is null ? FindTitle(features, verdicts) : -1;
        var title = titleIndex >= 0 ? WhiteSpace.Collapse(units[titleIndex].Text) : knownTitle;
        if (titleIndex >= 0)
        {
            verdicts[titleIndex] = UnitVerdict.Title;
        }

        if (title is not null)
        {
            MarkRepeatedHeadlines(title, features, verdicts, reasons);
        }

        AbsorbIntoAppeals(features, verdicts, reasons);
        AbsorbIntoAuthorBoxes(features, verdicts, reasons);
        TrimTail(features, verdicts, reasons);
        if (keepInnerFragments)
        {
            KeepInnerFragments(features, verdicts);
        }

        return Assemble(features, verdicts, reasons, titleIndex >= 0 ? title : null);
    }

    private static (UnitVerdict, RemovalReason) ClassifyAlone(UnitFeatures unit)
    {
        if (unit.Words == 0)
        {
            return (UnitVerdict.Removed, RemovalReason.Fragment);
        }

        var cued = unit.IsCued(unit.IsProse ? ProseCueThreshold : CueThreshold);

        // Explicit credit markers (©, "Photo:") outrank boilerplate vocabulary; a mere caption shape does not.
        if (unit.CaptionScore >= 3 || (unit.CaptionScore >= 2 && !cued))
        {
            return unit.CueReason == RemovalReason.Legal && unit.CueScore >= 3
                ? (UnitVerdict.Removed, RemovalReason.Legal)
                : (UnitVerdict.Caption, RemovalReason.Other);
        }

        if (cued)
        {
            return (UnitVerdict.Removed, unit.CueReason);
        }

        if (IsCallToAction(unit, out var action))
        {
            return (UnitVerdict.Removed, action);
        }

        if (IsByline(unit))
        {
            return (UnitVerdict.Removed, RemovalReason.AuthorBio);
        }

        if (unit.LinkDensity >= 0.5 && unit.Words < 30)
        {
            return (UnitVerdict.Removed, unit.Words >= 4 ? RemovalReason.Related : RemovalReason.Navigation);
        }

        return unit.IsProse && !unit.IsHeading ? (UnitVerdict.Body, RemovalReason.Other) : (UnitVerdict.Fragment, RemovalReason.Fragment);
    }

    // "Support X!", "Subscribe now", "Read more": an imperative first word in a short line. A longer line needs an
    // exclamation mark or a strong cue as well, so "Support grows for truce" or "Support for the plan fell." stay.
    private static bool IsCallToAction(UnitFeatures unit, out RemovalReason reason)
    {
        var action = BoilerplateLexicon.CallToActionReason(unit.FirstWord);
        reason = action ?? RemovalReason.Other;
        if (action is null || unit.Words > 8)
        {
            return false;
        }

        return unit.Words <= 3 || unit.LastChar == '!' || (unit.CueScore >= 3 && !unit.EndsSentence);
    }

    // "By Jane Doe", "By Jane Doe and John Roe, Staff Reporters".
    private static bool IsByline(UnitFeatures unit) =>
        unit.FirstWord == "by" && unit.Words is >= 2 and <= 12 && (!unit.EndsSentence || unit.Words <= 6)
        && BylineName(unit) is not null;

    private static string? BylineName(UnitFeatures unit)
    {
        var at = unit.Core.IndexOf(' ', StringComparison.Ordinal);
        return at < 0 ? null : NameRun.At(unit.Core, at + 1);
    }

    private static int FindTitle(UnitFeatures[] features, UnitVerdict[] verdicts)
    {
        var limit = Math.Min(features.Length, TitleSearchUnits);
        for (var i = 0; i < limit; i++)
        {
            if (verdicts[i] is UnitVerdict.Removed or UnitVerdict.Caption)
            {
                continue;
            }

            if (HeadlineText.IsHeadlineShaped(features[i]))
            {
                return i;
            }

            if (verdicts[i] == UnitVerdict.Body)
            {
                // Prose came first: the text starts with its body and has no headline.
                return -1;
            }
        }

        return -1;
    }

    private static void MarkRepeatedHeadlines(string title, UnitFeatures[] features, UnitVerdict[] verdicts, RemovalReason[] reasons)
    {
        var normalized = HeadlineText.Normalize(title);
        if (normalized.Length == 0)
        {
            return;
        }

        for (var i = 0; i < features.Length; i++)
        {
            if (verdicts[i] != UnitVerdict.Title && HeadlineText.Normalize(features[i].Core) == normalized)
            {
                verdicts[i] = UnitVerdict.Removed;
                reasons[i] = RemovalReason.RepeatedHeadline;
            }
        }
    }

    // Once a block is furniture, the fragments after it belong to it (the buttons of an appeal, the links under
    // "Related"). After a donation or newsletter block, short lines do too; after a letter opener ("A Message
    // from X:", "Dear readers,") so do the paragraphs that address the reader (we/our/you outside quotes) or carry
    // appeal vocabulary.
    private static void AbsorbIntoAppeals(UnitFeatures[] features, UnitVerdict[] verdicts, RemovalReason[] reasons)
    {
        RemovalReason? last = null;
        RemovalReason? appeal = null;
        var letter = false;
        for (var i = 0; i < features.Length; i++)
        {
            var unit = features[i];
            if (verdicts[i] == UnitVerdict.Removed)
            {
                if (reasons[i] is RemovalReason.Donation or RemovalReason.Newsletter)
                {
                    letter = (appeal is not null && letter) || unit.LastChar is ':' or ',';
                    appeal = reasons[i];
                }

                else if (reasons[i] is not (RemovalReason.Fragment or RemovalReason.RepeatedHeadline))
                {
                    // Other furniture ("You might also like") ends the appeal; the fragments after it are its own.
                    appeal = null;
                    letter = false;
                }

                if (reasons[i] is not (RemovalReason.Fragment or RemovalReason.RepeatedHeadline))
                {
                    last = reasons[i];
                }

                continue;
            }

            if (last is null || verdicts[i] == UnitVerdict.Caption)
            {
                continue;
            }

            var absorb = (verdicts[i] == UnitVerdict.Fragment && (unit.Words <= LongFragment || appeal is not null))
                || (appeal is not null && verdicts[i] == UnitVerdict.Body && unit.Words <= ShortLine)
                || (appeal is not null && letter && verdicts[i] == UnitVerdict.Body && (unit.AddressWords > 0 || unit.CueTotal > 0));
            if (absorb)
            {
                verdicts[i] = UnitVerdict.Removed;
                reasons[i] = appeal ?? last.Value;
            }
            else
            {
                last = null;
                appeal = null;
                letter = false;
            }
        }
    }

    // After an author header ("Author", "About the author", a byline) come the name line and the bio sentence.
    private static void AbsorbIntoAuthorBoxes(UnitFeatures[] features, UnitVerdict[] verdicts, RemovalReason[] reasons)
    {
        var inBox = false;
        for (var i = 0; i < features.Length; i++)
        {
            if (verdicts[i] == UnitVerdict.Removed && reasons[i] == RemovalReason.AuthorBio)
            {
                inBox = true;
                continue;
            }

            if (!inBox || verdicts[i] == UnitVerdict.Caption)
            {
                continue;
            }

            var unit = features[i];
            if ((verdicts[i] == UnitVerdict.Fragment && unit.Words <= 6) || (verdicts[i] == UnitVerdict.Body && unit.IsBioShaped))
            {
                verdicts[i] = UnitVerdict.Removed;
                reasons[i] = RemovalReason.AuthorBio;
            }
            else
            {
                inBox = false;
            }
        }
    }

    // Furniture clusters at the end of a page: walking back from the end over removed blocks, an author bio or a
    // reader-addressed call with boilerplate vocabulary is furniture too, though it is shaped like a sentence.
    private static void TrimTail(UnitFeatures[] features, UnitVerdict[] verdicts, RemovalReason[] reasons)
    {
        // A tail follows the article: the first paragraph of body text is the article, however it addresses the reader.
        var firstBody = Array.IndexOf(verdicts, UnitVerdict.Body);
        for (var i = features.Length - 1; i > firstBody; i--)
        {
            if (verdicts[i] is UnitVerdict.Removed or UnitVerdict.Caption or UnitVerdict.Fragment)
            {
                continue;
            }

            if (verdicts[i] != UnitVerdict.Body)
            {
                return;
            }

            var unit = features[i];
            if (unit.IsBioShaped)
            {
                verdicts[i] = UnitVerdict.Removed;
                reasons[i] = RemovalReason.AuthorBio;
            }
            else if (unit.AddressWords > 0 && unit.CueTotal > 0)
            {
                verdicts[i] = UnitVerdict.Removed;
                reasons[i] = unit.CueReason;
            }
            else
            {
                return;
            }
        }
    }

    private static void KeepInnerFragments(UnitFeatures[] features, UnitVerdict[] verdicts)
    {
        var first = Array.IndexOf(verdicts, UnitVerdict.Body);
        var last = Array.LastIndexOf(verdicts, UnitVerdict.Body);
        for (var i = first + 1; first >= 0 && i < last; i++)
        {
            // A lone word is a label more often than text, unless the page marked it as a heading ("Parking").
            if (verdicts[i] == UnitVerdict.Fragment && (features[i].Words >= 2 || features[i].IsHeading) && features[i].LinkDensity < 0.5)
            {
                verdicts[i] = UnitVerdict.Body;
            }
        }
    }

    private static CleanedText Assemble(UnitFeatures[] features, UnitVerdict[] verdicts, RemovalReason[] reasons, string? title)
    {
        var body = ImmutableArray.CreateBuilder<string>();
        var removed = ImmutableArray.CreateBuilder<RemovedBlock>();
        var captions = ImmutableArray.CreateBuilder<string>();
        string? author = null;
        for (var i = 0; i < features.Length; i++)
        {
            var unit = features[i];
            switch (verdicts[i])
            {
                case UnitVerdict.Body:
                    body.Add(WhiteSpace.Collapse(unit.Text));
                    break;
                case UnitVerdict.Caption:
                    captions.Add(WhiteSpace.Collapse(unit.Text));
                    break;
                case UnitVerdict.Removed:
                    removed.Add(new RemovedBlock(unit.Text, reasons[i]));
                    if (reasons[i] == RemovalReason.AuthorBio)
                    {
                        author ??= AuthorName(unit);
                    }

                    break;
                case UnitVerdict.Fragment:
                    removed.Add(new RemovedBlock(unit.Text, RemovalReason.Fragment));
                    break;
                case UnitVerdict.Title:
                default:
                    break;
            }
        }

        var removedBlocks = removed.ToImmutable();
        return new CleanedText(title, body.ToImmutable(), removedBlocks, captions.ToImmutable(),
            OutletSignalFinder.Find(removedBlocks), author);
    }

    // The author's name from an author box: a byline, a bare name line, or the name opening a bio.
    private static string? AuthorName(UnitFeatures unit)
    {
        if (unit.FirstWord == "by")
        {
            return BylineName(unit);
        }

        if (unit.IsBioShaped || (unit.Words is >= 2 and <= 4 && !unit.EndsSentence && unit.CueScore == 0))
        {
            var name = NameRun.At(unit.Core, 0);
            return name is not null && name.Split(' ').Length >= 2 ? name : null;
        }

        return null;
    }
}
