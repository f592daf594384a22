using System.Collections.Immutable;
using Parallax.Language.Entities.Ner;

namespace Parallax.Language.Tests.Ner;

/// <summary>A tiny CoNLL-2003-style corpus written for the tests (IOB1, as the shared-task files are).</summary>
internal static class NerFixtures
{
    public const string Corpus = """
        -DOCSTART- -X- -X- O

        Mr. NNP I-NP O
        Tarek NNP I-NP I-PER
        Oumlil NNP I-NP I-PER
        visited VBD I-VP O
        Brastova NNP I-NP I-LOC
        . . O O

        Oumlil NNP I-NP I-PER
        met VBD I-VP O
        officials NNS I-NP O
        of IN I-PP O
        Valdor NNP I-NP I-ORG
        Bank NNP I-NP I-ORG
        in IN I-PP O
        Kesselheim NNP I-NP I-LOC
        . . O O

        -DOCSTART- -X- -X- O

        The DT I-NP O
        Valdor NNP I-NP I-MISC
        team NN I-NP O
        beat VBD I-VP O
        Brastova NNP I-NP I-ORG
        Rovers NNP I-NP I-ORG
        . . O O

        Mrs. NNP I-NP O
        Lena NNP I-NP I-PER
        Berg NNP I-NP I-PER
        scored VBD I-VP O
        for IN I-PP O
        Kesselheim NNP I-NP I-ORG
        . . O O

        -DOCSTART- -X- -X- O

        KESSELHEIM NNP I-NP I-LOC
        1996-08-30 CD I-NP O

        Mr. NNP I-NP O
        Anton NNP I-NP I-PER
        Hale NNP I-NP I-PER
        said VBD I-VP O
        Valdor NNP I-NP I-ORG
        Bank NNP I-NP I-ORG
        and CC O O
        Brastova NNP I-NP I-ORG
        Bank NNP I-NP I-ORG
        would MD I-VP O
        merge VB I-VP O
        . . O O

        """;

    public static ImmutableArray<ConllDocument> Documents() => ConllReader.Read(new StringReader(Corpus), "fixture");

    public static NerTrainingOptions Options { get; } = new(MaxIterations: 8, Seed: 7, GazetteerFolds: 2);
}
