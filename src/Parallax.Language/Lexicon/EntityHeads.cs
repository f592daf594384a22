using System.Collections.Frozen;

namespace Parallax.Language.Lexicon;

/// <summary>Final (or "X of") words that mark a name as an organisation or a place.</summary>
internal static class EntityHeads
{
    public static readonly FrozenSet<string> Organization = WordSet.Of(
        "ministry council office party agency bank times news inc inc. corp corp. corporation company co co. ltd ltd. plc llc group",
        "university college institute institution school academy committee commission union organization organisation association",
        "federation foundation fund court parliament assembly congress senate department service services army navy forces force",
        "police guard guards command network post journal press tribune herald gazette telegraph television tv radio airlines airways",
        "railways bureau authority administration cabinet government club league alliance coalition front movement center centre",
        "board chamber directorate secretariat church mission brigade battalion regiment division corps unit holdings industries",
        "motors systems technologies labs laboratories media broadcasting group");

    public static readonly FrozenSet<string> Location = WordSet.Of(
        "sea seas ocean river island islands peninsula mountains mountain valley gulf bay lake strait straits canal desert coast",
        "region province oblast county district square street avenue road palace airport bridge city town village port harbour harbor",
        "republic kingdom emirates territory territories basin plain heights forest park station");

    /// <summary>Lowercase nouns that follow a place name ("the Sumy region", "Kharkiv oblast").</summary>
    public static readonly FrozenSet<string> FollowingLocation = WordSet.Of(
        "region regions province oblast district county city town village area border airspace capital port river coast state");

    /// <summary>Nouns that precede "of" + place ("the city of X").</summary>
    public static readonly FrozenSet<string> PlaceOf = WordSet.Of("city town village region province district county capital port state island");

    /// <summary>Prepositions after which an unknown capitalised word is most likely a place.</summary>
    public static readonly FrozenSet<string> PlacePrepositions = WordSet.Of("in at from near across outside inside towards toward into");

    /// <summary>Lowercase connectors inside names ("Charles de Gaulle", "Osama bin Laden").</summary>
    public static readonly FrozenSet<string> NameConnectors = WordSet.Of(
        "de da di del della dos das du van von der den ter le la bin ibn bint al el ben abu");

    /// <summary>Surname endings distinctive enough to mark a lone word as a surname (Slavic, Georgian, Armenian, Romanian).</summary>
    public static readonly string[] StrongSurnameEndings =
    [
        "ov", "ova", "ev", "eva", "ovich", "evich", "ovych", "evych", "sky", "skiy", "skyy", "ski", "ska", "skaya", "cki", "cka",
        "enko", "chuk", "czyk", "shvili", "dze", "escu", "ović", "vić",
    ];

    /// <summary>Surname endings common across European languages, as a weak person cue for two- or three-word names.</summary>
    public static readonly string[] SurnameEndings =
    [
        "ov", "ova", "ev", "eva", "ovich", "evich", "ovych", "evych", "sky", "skiy", "skyy", "ski", "ska", "skaya", "cki", "cka",
        "enko", "chuk", "czyk", "yuk", "iuk", "uk", "shvili", "dze", "yan", "escu", "ovic", "ović", "vić", "sson", "sen",
        "son", "ez", "poulos", "idis", "akis", "oglu", "oğlu", "stein", "berg", "mann", "ini", "etti", "elli", "ucci",
    ];
}
