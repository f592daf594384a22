using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// Splits a byline as pages write it ("By Jane Doe and John Roe, Political Correspondents") into names: the
/// leading "By" (and its usual equivalents) goes, "A and B", "A, B and C", "A &amp; B" and "A | B" are split, and
/// parts that are not names are dropped — URLs, e-mail addresses, roles ("Staff Writer"), datelines, and trailing
/// phrases that start in lower case ("in London", "special to ...").
/// </summary>
public static partial class AuthorNames
{
    private const int MaxNameChars = 80;
    private const int MaxNameWords = 8;

    // Words that make a byline part a job title rather than a name. Only unambiguous ones: "News" or "Desk" can be
    // part of an organisation's name ("BBC News") and stay.
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "correspondent", "correspondents", "editor", "editors", "reporter", "reporters", "writer", "writers",
        "columnist", "columnists", "contributor", "contributors", "journalist", "journalists", "photographer",
        "photographers", "producer", "producers", "analyst", "analysts", "redakteur", "redakteurin", "korrespondent",
        "korrespondentin", "journaliste", "envoyé", "envoyée", "corresponsal", "redactor", "redactora",
        "corrispondente", "inviato", "inviata",
    };

    // Degrees and name suffixes split off by a comma ("Jane Doe, PhD") are not names of their own.
    private static readonly HashSet<string> Credentials = new(StringComparer.OrdinalIgnoreCase)
    {
        "PhD", "Ph.D", "MD", "M.D", "MPH", "MSc", "MS", "MA", "BA", "BSc", "RD", "RDN", "RN", "DO", "LD", "CSCS",
        "MBA", "DPhil", "Jr", "Sr", "II", "III", "Esq",
    };

    private static readonly HashSet<string> DatelineWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "updated", "posted", "modified", "veröffentlicht", "aktualisiert", "publié", "publicado",
        "actualizado", "pubblicato", "aggiornato",
    };

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Januar",
        "Februar", "März", "Mai", "Juni", "Juli", "Oktober", "Dezember",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "des", "dos", "das", "la", "le", "ter",
        "ten", "zu", "bin", "ibn", "al", "el", "y",
    };

    /// <summary>The names in <paramref name="byline"/>, in order, without duplicates; empty when there are none.</summary>
    public static ImmutableArray<string> Split(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return [];
        }

        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var piece in Separators().Split(Addresses().Replace(WhiteSpace.Collapse(byline), ",")))
        {
            if (Clean(piece) is { } name && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names.ToImmutable();
    }

    /// <summary>The names of several bylines (e.g. one per JSON-LD author), in order, without duplicates.</summary>
    public static ImmutableArray<string> SplitAll(IEnumerable<string?> bylines)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var byline in bylines)
        {
            foreach (var name in Split(byline))
            {
                if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(name);
                }
            }
        }

        return names.ToImmutable();
    }

    private static string? Clean(string piece)
    {
        var text = piece.Trim(' ', '.', ':', '-', '–', '—', '·', '•', '(', ')', '[', ']', '"', '\'');
        text = Prefix().Replace(text, "");

        // "Jane Doe in London", "Jane Doe for The Ledger": a lower-case word ends the name, unless it is a particle
        // of the name itself ("Ursula von der Leyen", "Luis de Guindos").
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = 0;
        while (kept < words.Length && !EndsName(words[kept]) && (kept == 0 || !char.IsLower(words[kept][0]) || NameParticles.Contains(words[kept])))
        {
            kept++;
        }

        // "Jane Doe, January 6, 2020": the month before the day goes with the date.
        if (kept > 0 && kept < words.Length && Months.Contains(words[kept - 1]) && words[kept].Any(char.IsAsciiDigit))
        {
            kept--;
        }

        text = string.Join(' ', words, 0, kept);
        text = text.Trim(' ', '.', ':', '-', '–', '—', ',');
        if (text.Length < 2 || text.Length > MaxNameChars || !char.IsLetter(text[0]) || char.IsLower(text[0]))
        {
            return null;
        }

        if (text.Contains("://", StringComparison.Ordinal) || text.Contains('@', StringComparison.Ordinal)
            || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || text.Any(char.IsAsciiDigit))
        {
            return null;
        }

        if (Credentials.Contains(text.TrimEnd('.')))
        {
            return null;
        }

        return kept > MaxNameWords || words.Take(kept).Any(w => RoleWords.Contains(w.Trim(',', '.'))) ? null : text;
    }

    // A dateline run into the byline ("Jane Doe Updated 4 March 2025") ends the name.
    private static bool EndsName(string word) => word.Any(char.IsAsciiDigit) || DatelineWords.Contains(word.TrimEnd(':'));

    // ", " and ";" and "|" and "/" and "&" and the word "and" (and "und", "et", "y", "e") between names.
    [GeneratedRegex(@"\s*(?:[,;|/&·•]|\s(?:and|und|et|y|e|en|og|och)\s|\s[-–—]\s)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    // URLs and e-mail addresses are never names; they go before splitting so their slashes split nothing.
    [GeneratedRegex(@"\S*://\S*|\bwww\.\S+|\S+@\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Addresses();

    [GeneratedRegex(
        @"^(?:(?i:written\s+by|reporting\s+by|words\s+by|story\s+by|text\s+by|by|author|authors)|von|Von|par|Par|por|Por|di|door|Door|av|Av|af|Af|Autor|Autorin|Auteur|and)\s*[:\-]?\s+",
        RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();
}
