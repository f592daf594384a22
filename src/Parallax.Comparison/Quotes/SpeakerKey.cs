using System.Text;

namespace Parallax.Comparison.Quotes;

/// <summary>
/// The comparison key of a speaker or entity name: case, typographic apostrophes and runs of white space folded, so
/// "Dmitry  Peskov" and "dmitry peskov" or "O’Brien" and "O'Brien" are one speaker.
/// </summary>
internal static class SpeakerKey
{
    public static string Of(string name)
    {
        var key = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = key.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                key.Append(' ');
                pendingSpace = false;
            }

            key.Append(c switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '\u0060' or '\u00B4' => '\'',
                _ => char.ToLowerInvariant(c),
            });
        }

        return key.ToString();
    }
}
