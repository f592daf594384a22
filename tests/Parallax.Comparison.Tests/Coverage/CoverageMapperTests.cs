using System.Collections.Immutable;
using Parallax.Comparison.Coverage;
using Parallax.Comparison.Tests.Quotes;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Tests.Coverage;

public sealed class CoverageMapperTests
{
    [Fact]
    public void Each_speaker_an_outlet_lets_speak_is_a_voice_row_and_unattributed_statements_are_not()
    {
        var context = ThreeOutlets();
        var report = new StoryReport(context.Story)
        {
            Voices =
            [
                new Voice("Gamma", "Jan Ruiz", 1, 0),
                new Voice("Alpha", "Jan Ruiz", 2, 1),
                new Voice("Beta", "Petra Novak", 0, 1),
                new Voice("Alpha", Parallax.Comparison.Voices.VoiceCounter.Unattributed, 1, 0),
            ],
        };

        var voices = new CoverageMapper().Analyze(context, report).Coverage.Where(r => r.Kind == CoverageKind.Voice).ToList();

        Assert.Equal(["Jan Ruiz", "Petra Novak"], voices.Select(r => r.Item));
        Assert.Equal(["Alpha", "Gamma"], voices[0].Sources.AsEnumerable());
        Assert.Equal(["Beta"], voices[1].Sources.AsEnumerable());
    }

    [Fact]
    public void Maps_story_entities_to_the_outlets_that_mention_them()
    {
        var context = ThreeOutlets();
        var report = new StoryReport(context.Story)
        {
            Entities =
            [
                Entity("Lisbon", EntityKind.Location, "Gamma", "Alpha"),
                Entity("Petra Novak", EntityKind.Person, "Beta"),
                Entity("Harbour Authority", EntityKind.Organization, "Alpha", "Beta", "Gamma"),
                Entity("Jan Ruiz", EntityKind.Person, "Alpha", "Gamma", "Beta"),
                Entity("Olympics", EntityKind.Miscellaneous, "Alpha"),
                Entity("Ana Diaz", EntityKind.Person, "Gamma"),
            ],
        };

        var coverage = new CoverageMapper().Analyze(context, report).Coverage;

        Assert.Equal(
            ["Jan Ruiz", "Ana Diaz", "Petra Novak", "Harbour Authority", "Lisbon"],
            coverage.Select(r => r.Item));
        Assert.Equal(
            [CoverageKind.Person, CoverageKind.Person, CoverageKind.Person, CoverageKind.Organization, CoverageKind.Location],
            coverage.Select(r => r.Kind));
        Assert.Equal(["Alpha", "Beta", "Gamma"], coverage[0].Sources.AsEnumerable());
        Assert.Equal(["Alpha", "Gamma"], coverage[4].Sources.AsEnumerable());
    }

    [Fact]
    public void Falls_back_to_the_documents_entities_merged_by_name()
    {
        var alpha = FixtureDocument.Create("Alpha", "Novak met Ruiz in Lisbon.")
            .Entity("e1", "Petra Novak", EntityKind.Person, "Novak")
            .Entity("e2", "Lisbon", EntityKind.Location)
            .Build();
        var beta = FixtureDocument.Create("Beta", "PETRA NOVAK spoke.")
            .Entity("e1", "PETRA NOVAK", EntityKind.Person)
            .Build();
        var gamma = FixtureDocument.Create("Gamma", "Novak and the Port Board.")
            .Entity("e7", "Petra  Novak", EntityKind.Person)
            .Entity("e8", "Port Board", EntityKind.Organization)
            .Entity("e9", "Port Board", EntityKind.Organization)
            .Build();
        var context = FixtureDocument.Story(alpha, beta, gamma);

        var coverage = new CoverageMapper().Analyze(context, new StoryReport(context.Story)).Coverage;

        Assert.Equal(
            [("Petra Novak", CoverageKind.Person), ("Port Board", CoverageKind.Organization), ("Lisbon", CoverageKind.Location)],
            coverage.Select(r => (r.Item, r.Kind)));
        Assert.Equal(["Alpha", "Beta", "Gamma"], coverage[0].Sources.AsEnumerable());
        Assert.Equal(["Gamma"], coverage[1].Sources.AsEnumerable());
        Assert.Equal(["Alpha"], coverage[2].Sources.AsEnumerable());
    }

    [Fact]
    public void Gives_every_fact_a_row_with_its_outlets_after_the_entities()
    {
        var context = ThreeOutlets();
        var report = new StoryReport(context.Story)
        {
            Entities = [Entity("Lisbon", EntityKind.Location, "Alpha")],
            Facts =
            [
                Fact("The port closed on Monday.", "Gamma", "Alpha"),
                Fact("Ferries were cancelled.", "Beta"),
                Fact("Talks resume in May.", "Alpha", "Beta", "Gamma"),
                Fact("A strike was called.", "Alpha"),
            ],
        };

        var coverage = new CoverageMapper().Analyze(context, report).Coverage;

        Assert.Equal(
            ["Lisbon", "Talks resume in May.", "The port closed on Monday.", "A strike was called.", "Ferries were cancelled."],
            coverage.Select(r => r.Item));
        Assert.All(coverage.Skip(1), r => Assert.Equal(CoverageKind.Fact, r.Kind));
        Assert.Equal(["Alpha", "Gamma"], coverage[2].Sources.AsEnumerable());
        Assert.Equal(["Beta"], coverage[4].Sources.AsEnumerable());
    }

    [Fact]
    public void Gives_no_rows_for_a_story_without_entities_or_facts()
    {
        var context = ThreeOutlets();

        Assert.Empty(new CoverageMapper().Analyze(context, new StoryReport(context.Story)).Coverage);
    }

    private static StoryContext ThreeOutlets() =>
        FixtureDocument.Story(
            FixtureDocument.Create("Alpha", "First.").Build(),
            FixtureDocument.Create("Beta", "Second.").Build(),
            FixtureDocument.Create("Gamma", "Third.").Build());

    private static StoryEntity Entity(string name, EntityKind kind, params string[] sources) =>
        new(name, kind, [], [], [.. sources], sources.Length);

    private static Fact Fact(string text, params string[] sources) =>
        new(text, [.. sources], [.. sources.Select(s => s + ":1")], ImmutableArray<SourceSentence>.Empty);
}
