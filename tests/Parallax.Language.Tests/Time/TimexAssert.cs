using System.Collections.Immutable;
using Parallax.Language.Time;

namespace Parallax.Language.Tests.Time;

/// <summary>Finds the annotation covering an expected phrase.</summary>
internal static class TimexAssert
{
    public static TimexAnnotation Single(string text, string phrase, DateOnly? dct)
    {
        var found = TimeExpressionTagger.Tag(text, dct);
        return Find(text, found, phrase);
    }

    public static TimexAnnotation Find(string text, ImmutableArray<TimexAnnotation> found, string phrase)
    {
        var matches = found.Where(a => a.Span.Slice(text) == phrase).ToList();
        Assert.True(
            matches.Count == 1,
            $"Expected one expression \"{phrase}\"; found: {string.Join(" | ", found.Select(a => $"\"{a.Span.Slice(text)}\"={a.Value}"))}");
        return matches[0];
    }
}
