using System.Collections.Frozen;

namespace Parallax.Language.Lexicon;

/// <summary>Reporting (speech and cognition) verbs, all inflections: the closed class that introduces quotes and indirect speech.</summary>
internal static class CueVerbs
{
    public static readonly FrozenSet<string> All = WordSet.Of(
        "say says said saying tell tells told telling add adds added adding warn warns warned warning",
        "stress stresses stressed stressing insist insists insisted insisting claim claims claimed claiming",
        "noted noting remark remarks remarked remarking stated stating",
        "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising",
        "argue argues argued arguing accuse accuses accused accusing announce announces announced announcing",
        "confirm confirms confirmed confirming deny denies denied denying urge urges urged urging",
        "assert asserts asserted asserting declare declares declared declaring explain explains explained explaining",
        "acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting",
        "suggest suggests suggested suggesting indicate indicates indicated indicating reported",
        "allege alleges alleged alleging maintain maintains maintained maintaining reiterate reiterates reiterated reiterating",
        "describe describes described describing express expresses expressed expressing hint hints hinted hinting",
        "writes wrote tweeted posted mentioned",
        "predict predicts predicted predicting promised vow vows vowed vowing",
        "pledge pledges pledged pledging threaten threatens threatened threatening ask asks asked asking",
        "reply replies replied replying respond responds responded responding answered answering",
        "complain complains complained complaining commented commenting concede concedes conceded conceding",
        "observe observes observed observing underline underlines underlined underlining highlight highlights highlighted highlighting",
        "recall recalls recalled recalling contend contends contended contending caution cautions cautioned cautioning",
        "countered countering reckon reckons reckoned",
        "called calling labelled labeled branded",
        "according");

    /// <summary>Cues that may take a clause without "that" ("Trump said the United States would ...").</summary>
    public static readonly FrozenSet<string> BareClause = WordSet.Of(
        "say says said saying tell tells told telling add adds added adding claim claims claimed claiming insist insists insisted insisting",
        "stated stating warn warns warned warning believe believes believed");

    /// <summary>Cues whose first complement is the listener ("told reporters that").</summary>
    public static readonly FrozenSet<string> TakesListener = WordSet.Of(
        "tell tells told telling warn warns warned warning assure assures assured remind reminds reminded inform informs informed urge urges urged");

    /// <summary>Words that may sit between a cue and "that" ("said on Friday that", "told reporters last week that").</summary>
    public static readonly FrozenSet<string> BeforeThat = WordSet.Of(
        "on in at last this earlier later previously again also repeatedly publicly then late early week month year day night morning evening afternoon",
        "reporters journalists lawmakers parliament him her them us me the a an");

    /// <summary>Verbs that label something; their quote is a speaker's word only with an object before it ("called the figures “alarming”").</summary>
    public static readonly FrozenSet<string> Naming = WordSet.Of("called calling labelled labeled branded");

    public static bool IsParticiple(string word) => word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
}
