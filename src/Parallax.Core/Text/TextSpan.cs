namespace Parallax.Core.Text;

/// <summary>
/// A half-open range <c>[Start, Start + Length)</c> of UTF-16 code units in a document's text.
/// Every annotation layer points into <see cref="Articles.Article.Text"/> with these.
/// </summary>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    /// <summary>The first position after the span.</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers no characters.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Builds a span from its start and its exclusive end.</summary>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>True when <paramref name="position"/> lies inside the span.</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The characters of <paramref name="text"/> that this span covers.</summary>
    public string Slice(string text) => text.Substring(Start, Length);

    /// <inheritdoc />
    public int CompareTo(TextSpan other) =>
        Start != other.Start ? Start.CompareTo(other.Start) : Length.CompareTo(other.Length);

    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;
    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;
    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;
    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
