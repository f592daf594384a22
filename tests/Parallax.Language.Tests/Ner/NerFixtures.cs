using System.Collections.Immutable;
using Parallax.Language.Entities.Ner;
using Parallax.Tests.Shared;

namespace Parallax.Language.Tests.Ner;

/// <summary>A tiny CoNLL-2003-style corpus written for the tests (IOB1, as the shared-task files are).</summary>
internal static class NerFixtures
{
    public static string Corpus { get; } = MarkedConll.Write(
        [
            "Mr. Tarek/PER Oumlil/PER visited Brastova/LOC .",
            "Oumlil/PER met officials of Valdor/ORG Bank/ORG in Kesselheim/LOC .",
        ],
        [
            "The Valdor/MISC team beat Brastova/ORG Rovers/ORG .",
            "Mrs. Lena/PER Berg/PER scored for Kesselheim/ORG .",
        ],
        [
            "KESSELHEIM/LOC 2031-04-17",
            "Mr. Anton/PER Hale/PER said Valdor/ORG Bank/ORG and Brastova/ORG Bank/ORG would merge .",
        ]);

    public static ImmutableArray<ConllDocument> Documents() => ConllReader.Read(new StringReader(Corpus), "fixture");

    public static NerTrainingOptions Options { get; } = new(MaxIterations: 20, Seed: 7, GazetteerFolds: 2);
}
