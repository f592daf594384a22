using System.Collections.Frozen;

namespace Parallax.Language.Lexicon;

/// <summary>Abbreviations that take a period; the sentence splitter and tokenizer consult them.</summary>
internal static class Abbreviations
{
    /// <summary>Abbreviations that precede a name or number and never end a sentence ("Mr.", "Gen.", "Jan.", "No.").</summary>
    public static readonly FrozenSet<string> NonTerminal = WordSet.Of(
        "mr mrs ms dr prof gen col lt sgt capt cmdr adm maj gov sen rep rev st fr hon pres messrs mme mlle sr jr brig cpl pvt supt insp det",
        "jan feb mar apr jun jul aug sep sept oct nov dec",
        "no nos vs v e.g i.e cf approx est dept univ mt ft ave blvd fig vol pp p ch art ed eds op",
        "a.m p.m");

    /// <summary>Abbreviations that may end a sentence when the next word is capitalised ("Apple Inc. The").</summary>
    public static readonly FrozenSet<string> MaybeTerminal = WordSet.Of("inc corp ltd co bros etc al plc llc");

    /// <summary>Words that commonly start a sentence; after "U.S." they signal a sentence boundary.</summary>
    public static readonly FrozenSet<string> SentenceStarters = WordSet.Of(
        "the a an he she it they we i you this that these those there but and however meanwhile in on at if when while his her their its our",
        "after before since although though yet so still also");
}
