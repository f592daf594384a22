using Parallax.Language.Lexicon;

namespace Parallax.Language.Entities.Ner;

/// <summary>
/// What the project's hand-written lexicons (the rule-based tagger's) say of a word, as bits the model weighs:
/// given names, distinctive surname endings, title and role nouns, organisation and place heads, and the general
/// gazetteer of countries, cities, organisations and nationalities. They cover names the 1996 training text never
/// saw ("Zelensky", "Rutte").
/// </summary>
internal static class LexiconCues
{
    public const int GivenName = 1;
    public const int SurnameEnding = 2;
    public const int RoleHead = 4;
    public const int OrganizationHead = 8;
    public const int LocationHead = 16;
    public const int KnownLocation = 32;
    public const int KnownOrganization = 64;
    public const int Demonym = 128;
    public const int All = 255;

    public static int Of(string word)
    {
        var bits = 0;
        if (char.IsUpper(word[0]))
        {
            bits |= GivenNames.IsGivenName(word) ? GivenName : 0;
            bits |= word.Length > 4 && HasStrongSurnameEnding(word) ? SurnameEnding : 0;
            bits |= Gazetteer.Locations.Contains(word) ? KnownLocation : 0;
            bits |= Gazetteer.Organizations.Contains(word) ? KnownOrganization : 0;
            bits |= Gazetteer.Demonyms.Contains(word) ? Demonym : 0;
        }

        bits |= Roles.IsHead(word) ? RoleHead : 0;
        bits |= EntityHeads.Organization.Contains(word) ? OrganizationHead : 0;
        bits |= EntityHeads.Location.Contains(word) ? LocationHead : 0;
        return bits;
    }

    private static bool HasStrongSurnameEnding(string word)
    {
        foreach (var ending in EntityHeads.StrongSurnameEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
