using Parallax.Core.Annotations;
using Parallax.Core.Evaluation;
using Parallax.Language.Entities.Ner;
using Parallax.Language.Entities;

namespace Parallax.Language.Tests.Ner;

public class NerScorerTests
{
    [Fact]
    public void Counts_exact_spans_with_the_right_kind_only()
    {
        var scorer = new NerScorer();
        // Sentence 1: gold PER 0-2, LOC 3; predicted PER 0-2 (right), LOC 3 as ORG (wrong kind).
        scorer.Add(5, [new(0, 2, EntityKind.Person), new(3, 1, EntityKind.Location)], [new(0, 2, EntityKind.Person), new(3, 1, EntityKind.Organization)]);
        // Sentence 2: gold ORG 1-3; predicted ORG 1-2 (wrong boundary) and MISC 4 (spurious).
        scorer.Add(6, [new(1, 3, EntityKind.Organization)], [new(1, 2, EntityKind.Organization), new(4, 1, EntityKind.Miscellaneous)]);

        var score = scorer.Score();

        // 3 gold, 4 predicted, 1 correct: P = 1/4, R = 1/3, F1 = 2PR/(P+R) = (1/6)/(7/12) = 2/7.
        Assert.Equal(new MatchCounts(3, 4, 1), score.Overall);
        Assert.Equal(0.25, score.Overall.Precision, 10);
        Assert.Equal(1.0 / 3, score.Overall.Recall, 10);
        Assert.Equal(2.0 / 7, score.Overall.F1, 10);
        Assert.Equal(new MatchCounts(1, 1, 1), score.Of(EntityKind.Person));
        Assert.Equal(new MatchCounts(1, 2, 0), score.Of(EntityKind.Organization));
        Assert.Equal(0, score.Of(EntityKind.Organization).F1);
        Assert.Equal(new MatchCounts(0, 1, 0), score.Of(EntityKind.Miscellaneous));
        Assert.Equal(11, score.Tokens);
    }

    [Fact]
    public void Prints_a_conlleval_style_table()
    {
        var scorer = new NerScorer();
        scorer.Add(4, [new(0, 1, EntityKind.Location), new(2, 1, EntityKind.Person)], [new(0, 1, EntityKind.Location)]);

        var lines = scorer.Score().ToTable().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("processed 4 tokens with 2 phrases; found: 1 phrases; correct: 1.", lines[0]);
        Assert.Equal(" overall: precision: 100.00%; recall:  50.00%; FB1:  66.67  1 found, 2 gold", lines[1]);
        Assert.Equal("     PER: precision:   0.00%; recall:   0.00%; FB1:   0.00  0 found, 1 gold", lines[2]);
        Assert.Equal(6, lines.Length);
    }
}
