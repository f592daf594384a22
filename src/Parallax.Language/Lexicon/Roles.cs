using System.Collections.Frozen;

namespace Parallax.Language.Lexicon;

/// <summary>Titles and roles of people: the heads ("minister", "spokesman") and their modifiers ("deputy", "foreign").</summary>
internal static class Roles
{
    /// <summary>Nouns that name a role or title and can head a role phrase.</summary>
    public static readonly FrozenSet<string> Heads = WordSet.Of(
        "president president-elect minister premier chancellor secretary general spokesman spokeswoman spokesperson spokespeople",
        "leader adviser advisor aide ambassador envoy governor mayor senator congressman congresswoman lawmaker legislator mp",
        "chairman chairwoman chair chairperson chief ceo cfo coo director head commander king queen prince princess pope emperor",
        "prosecutor judge justice colonel lieutenant captain admiral marshal sergeant major commissioner negotiator representative",
        "delegate diplomat editor correspondent founder co-founder executive manager candidate speaker sheikh emir sultan ayatollah",
        "cardinal bishop archbishop rabbi imam mr mrs ms dr prof professor sir lord lady dame madam monsieur officer official",
        "counsel attorney analyst economist researcher author journalist reporter presenter host mufti patriarch vice-president",
        "deputy mr. mrs. ms. dr. prof. gen. col. gov. sen. rep. lt. capt. sgt. adm. maj.");

    /// <summary>Words that modify a role head ("former defence minister", "top spokesman").</summary>
    public static readonly FrozenSet<string> Modifiers = WordSet.Of(
        "former then current top senior chief deputy vice acting interim foreign defence defense prime political military national",
        "security presidential special first assistant associate executive state finance interior economy economic trade justice",
        "health energy press communications general attorney lead principal regional federal supreme managing foreign-policy",
        "long-time longtime veteran outgoing incoming new ex- ex chief-of-staff staff");

    /// <summary>Roles that mark a person as female or male, for pronoun agreement.</summary>
    public static readonly FrozenSet<string> Female = WordSet.Of(
        "spokeswoman chairwoman congresswoman businesswoman queen princess empress mrs ms mrs. ms. lady dame madam mme");

    public static readonly FrozenSet<string> Male = WordSet.Of(
        "spokesman chairman congressman businessman king prince emperor mr mr. sir lord monsieur");

    /// <summary>Nouns that can name a non-entity source of a statement ("a source", "officials", "the authorities").</summary>
    public static readonly FrozenSet<string> SpeakerNouns = WordSet.Of(
        "source sources official officials authorities government ministry spokesman spokeswoman spokesperson president minister",
        "statement analyst analysts expert experts observer observers diplomat diplomats witness witnesses resident residents",
        "police military army leader leaders delegation delegate negotiator negotiators person people spokespeople aide aides",
        "office agency company council committee party report reports lawyer lawyers activist activists critic critics",
        "prosecutor prosecutors court judge officer officers commander representative representatives sides side");

    public static bool IsHead(string word) => Heads.Contains(word);

    public static bool IsRoleWord(string word) => Heads.Contains(word) || Modifiers.Contains(word);
}
