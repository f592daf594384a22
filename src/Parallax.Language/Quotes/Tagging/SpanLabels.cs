namespace Parallax.Language.Quotes.Tagging;

/// <summary>
/// BIO labels over a set of span roles: 0 is outside, then Begin and Inside of each role in turn (role r has
/// Begin 1 + 2r, Inside 2 + 2r). The cue tagger has one role (Cue), the role tagger two (Source, Content).
/// </summary>
internal static class SpanLabels
{
    public const int Outside = 0;

    /// <summary>The number of labels for <paramref name="roles"/> roles.</summary>
    public static int Count(int roles) => 1 + (2 * roles);

    public static int Begin(int role) => 1 + (2 * role);

    public static int Inside(int role) => 2 + (2 * role);

    /// <summary>The role of a Begin or Inside label, -1 for Outside.</summary>
    public static int RoleOf(int label) => label == Outside ? -1 : (label - 1) / 2;

    /// <summary>An Inside label may only continue a span of its own role.</summary>
    public static bool Allowed(int previous, int label) =>
        label == Outside || (label - 1) % 2 == 0 || (previous > Outside && RoleOf(previous) == RoleOf(label));

    /// <summary>The spans a label sequence holds, as (first token, token count, role), in order.</summary>
    public static List<(int First, int Count, int Role)> Decode(ReadOnlySpan<int> labels)
    {
        var spans = new List<(int, int, int)>();
        var start = -1;
        var role = -1;
        for (var i = 0; i <= labels.Length; i++)
        {
            var label = i < labels.Length ? labels[i] : Outside;
            var continues = label != Outside && (label - 1) % 2 == 1 && RoleOf(label) == role;
            if (start >= 0 && !continues)
            {
                spans.Add((start, i - start, role));
                start = -1;
                role = -1;
            }

            if (label != Outside && !continues)
            {
                start = i;
                role = RoleOf(label);
            }
        }

        return spans;
    }
}
