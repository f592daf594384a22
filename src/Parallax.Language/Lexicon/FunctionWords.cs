using System.Collections.Frozen;

namespace Parallax.Language.Lexicon;

/// <summary>Closed-class English words: determiners, pronouns, prepositions, conjunctions, common adverbs.</summary>
internal static class FunctionWords
{
    public static readonly FrozenSet<string> All = WordSet.Of(
        "a an the this that these those some any each every no all both either neither many much more most few several such other another",
        "i me my we us our you your he him his she her it its they them their who whom whose which what where when why how",
        "in on at to from by with without within into onto over under about above below after before during since until through across",
        "against among between behind beyond despite except for of off out per than toward towards upon via amid amidst near",
        "and or but nor so yet if then else because although though while whereas unless as once whether",
        "not also only just even still already again however meanwhile moreover furthermore nevertheless nonetheless therefore thus",
        "instead otherwise indeed perhaps maybe here there now today yesterday tomorrow tonight earlier later last next first finally",
        "be is are was were been being am have has had do does did will would shall should can could may might must",
        "according following regarding including amid asked speaking meanwhile overall");

    public static readonly FrozenSet<string> Determiners = WordSet.Of(
        "a an the this that these those some any each every several many few two three four five its their his her our");

    public static readonly FrozenSet<string> SubjectPronouns = WordSet.Of("he she they it we i you");

    /// <summary>Words that open a clause; a noun phrase walked backwards stops at them.</summary>
    public static readonly FrozenSet<string> ClauseBoundaries = WordSet.Of(
        "that which who whom whose when while whereas where because since although though if unless but after before as once until so",
        "and or said says told");

    /// <summary>Auxiliaries and adverbs that may sit between a subject and its verb ("Peskov also said").</summary>
    public static readonly FrozenSet<string> VerbPreModifiers = WordSet.Of(
        "has have had is are was were will would did does do also again repeatedly previously reportedly later earlier then",
        "has also have also further once already never publicly separately subsequently recently allegedly openly");

    /// <summary>Prepositions that end the head of a noun phrase ("a source within the delegation").</summary>
    public static readonly FrozenSet<string> Prepositions = WordSet.Of(
        "of within from in at for with on by near inside close to among under");

    /// <summary>
    /// Words that open an adverbial phrase or clause at the start of a sentence ("At the quayside, …", "After the vote,
    /// …"): the names inside it, up to its comma, are not the sentence's subject.
    /// </summary>
    public static readonly FrozenSet<string> PhraseOpeners = WordSet.Of(
        "at in on during after before amid despite following from for with without under since until within across inside outside",
        "when while as although though if because once unless whereas");

    public static readonly FrozenSet<string> Months = WordSet.Of(
        "january february march april may june july august september october november december",
        "jan feb mar apr jun jul aug sep sept oct nov dec");

    public static readonly FrozenSet<string> Days = WordSet.Of(
        "monday tuesday wednesday thursday friday saturday sunday");
}
