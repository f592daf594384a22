using System.Collections.Immutable;
using Parallax.Core.Annotations;
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

    /// <summary>Asserts that <paramref name="phrase"/> is one expression of this type and value.</summary>
    public static void HasTypeAndValue(string text, string phrase, DateOnly? dct, TimexType type, string value)
    {
        var found = Single(text, phrase, dct);
        Assert.Equal(type, found.Type);
        Assert.Equal(value, found.Value);
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
