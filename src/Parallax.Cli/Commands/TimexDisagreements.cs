using Parallax.Language.Time;
using Parallax.Language.Time.Evaluation;

namespace Parallax.Cli.Commands;

/// <summary>
/// The disagreements of one document, paired as <see cref="TempEvalScorer"/> pairs them: tab-separated lines naming
/// the document, the kind (missed, spurious, span, type, value) and both sides' text, type and value.
/// </summary>
internal static class TimexDisagreements
{
    public static IEnumerable<string> Of(TimeMlDocument document, IReadOnlyList<TimexAnnotation> system)
    {
        var taken = new bool[system.Count];
        foreach (var gold in document.Timexes)
        {
            var match = -1;
            for (var j = 0; j < system.Count && match < 0; j++)
            {
                if (!taken[j] && gold.Span.Overlaps(system[j].Span))
                {
                    match = j;
                }
            }

            var goldSide = $"{Text(document, gold.Span)}\t{gold.Type}\t{gold.Value}";
            if (match < 0)
            {
                yield return $"{document.Name}\tmissed\t{goldSide}\t\t\t";
                continue;
            }

            taken[match] = true;
            var found = system[match];
            var kind = gold.Span != found.Span ? "span"
                : gold.Type != found.Type ? "type"
                : !string.Equals(gold.Value, found.Value, StringComparison.Ordinal) ? "value"
                : null;
            if (kind is not null)
            {
                yield return $"{document.Name}\t{kind}\t{goldSide}\t{Text(document, found.Span)}\t{found.Type}\t{found.Value}";
            }
        }

        for (var j = 0; j < system.Count; j++)
        {
            if (!taken[j])
            {
                yield return $"{document.Name}\tspurious\t\t\t\t{Text(document, system[j].Span)}\t{system[j].Type}\t{system[j].Value}";
            }
        }
    }

    private static string Text(TimeMlDocument document, Core.Text.TextSpan span) =>
        document.Text.Substring(span.Start, span.Length).ReplaceLineEndings(" ").Replace('\t', ' ');
}
