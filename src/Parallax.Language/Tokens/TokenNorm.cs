namespace Parallax.Language.Tokens;

/// <summary>Normalises typographic quotes, apostrophes, dashes and ellipses to ASCII.</summary>
internal static class TokenNorm
{
    public static string Of(string text, int start, int length)
    {
        if (length == 1)
        {
            var single = Single(text[start]);
            if (single is not null)
            {
                return single;
            }
        }

        var needs = false;
        for (var i = start; i < start + length; i++)
        {
            if (Map(text[i]) != text[i] || text[i] == '…')
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return text.Substring(start, length);
        }

        return string.Create(length + CountEllipses(text, start, length) * 2, (text, start, length), static (dest, state) =>
        {
            var k = 0;
            for (var i = state.start; i < state.start + state.length; i++)
            {
                var c = state.text[i];
                if (c == '…')
                {
                    dest[k++] = '.';
                    dest[k++] = '.';
                    dest[k++] = '.';
                }
                else
                {
                    dest[k++] = Map(c);
                }
            }
        });
    }

    private static int CountEllipses(string text, int start, int length)
    {
        var n = 0;
        for (var i = start; i < start + length; i++)
        {
            if (text[i] == '…')
            {
                n++;
            }
        }

        return n;
    }

    private static char Map(char c) => c switch
    {
        '‘' or '’' or '‚' or '‛' or 'ʼ' or '′' or '‹' or '›' => '\'',
        '“' or '”' or '„' or '‟' or '«' or '»' or '″' => '"',
        '–' or '—' or '‒' or '―' or '−' or '‐' or '‑' => '-',
        _ => c,
    };

    /// <summary>Interned norms for common one-character tokens, so punctuation allocates nothing.</summary>
    private static string? Single(char c) => c switch
    {
        '.' => ".",
        ',' => ",",
        ';' => ";",
        ':' => ":",
        '!' => "!",
        '?' => "?",
        '(' => "(",
        ')' => ")",
        '[' => "[",
        ']' => "]",
        '"' or '“' or '”' or '„' or '‟' or '«' or '»' => "\"",
        '\'' or '‘' or '’' or '‚' or '‛' or 'ʼ' => "'",
        '-' or '–' or '—' or '‒' or '―' or '−' or '‐' or '‑' => "-",
        '…' => "...",
        '%' => "%",
        '$' => "$",
        '/' => "/",
        '&' => "&",
        _ => null,
    };
}
