using Parallax.Comparison.Tests.Quotes;
using Parallax.Comparison.Voices;
using Parallax.Core.Annotations;
using Parallax.Core.Reports;
using Parallax.Core.Stories;

namespace Parallax.Comparison.Tests.Voices;

public sealed class VoiceCounterTests
{
    [Fact]
    public void Counts_quotes_and_paraphrases_per_outlet_and_speaker()
    {
        var herald = FixtureDocument.Create(
                "Herald",
                "\u201CWe stand firm,\u201D Novak said. \u201CNothing changes,\u201D Novak added.",
                "Novak said the offer was late. Ruiz said it was fair.")
            .Says(AttributionKind.Direct, "We stand firm,", "Novak")
            .Says(AttributionKind.Direct, "Nothing changes,", "Novak")
            .Says(AttributionKind.Indirect, "the offer was late", "Novak")
            .Says(AttributionKind.Indirect, "it was fair", "Ruiz")
            .Build();
        var courier = FixtureDocument.Create("Courier", "Ruiz called it \u201Cfair\u201D. A sign read \u201Cenough\u201D.")
            .Says(AttributionKind.Partial, "fair", "Ruiz")
            .Says(AttributionKind.Partial, "enough", null)
            .Build();

        var report = new VoiceCounter().Analyze(
            FixtureDocument.Story(herald, courier),
            new StoryReport(FixtureDocument.Story(herald, courier).Story));

        Voice[] expected =
        [
            new("Courier", "Ruiz", 1, 0),
            new("Courier", VoiceCounter.Unattributed, 1, 0),
            new("Herald", "Novak", 2, 1),
            new("Herald", "Ruiz", 0, 1),
        ];
        Assert.Equal(expected, report.Voices);
    }

    [Fact]
    public void Has_no_unattributed_row_when_every_speaker_is_known()
    {
        var document = FixtureDocument.Create("Herald", "\u201CYes,\u201D Novak said.")
            .Says(AttributionKind.Direct, "Yes,", "Novak")
            .Build();

        var report = new VoiceCounter().Analyze(FixtureDocument.Story(document), new StoryReport(FixtureDocument.Story(document).Story));

        Assert.DoesNotContain(report.Voices, v => v.Speaker == VoiceCounter.Unattributed);
        Assert.Equal(new Voice("Herald", "Novak", 1, 0), Assert.Single(report.Voices));
    }

    [Fact]
    public void Merges_a_speakers_spellings_into_the_story_entity()
    {
        var herald = FixtureDocument.Create("Herald", "\u201CYes,\u201D Novak said. Petra Novak said no later.")
            .Says(AttributionKind.Direct, "Yes,", "Novak")
            .Says(AttributionKind.Indirect, "no", "Petra Novak")
            .Build();
        var courier = FixtureDocument.Create("Courier", "\u201CYes,\u201D said Ms Novak.")
            .Says(AttributionKind.Direct, "Yes,", "ms novak")
            .Build();
        var context = FixtureDocument.Story(herald, courier);
        var entity = new StoryEntity("Petra Novak", EntityKind.Person, ["Novak", "Ms Novak"], [], ["Herald", "Courier"], 3);

        var report = new VoiceCounter().Analyze(context, new StoryReport(context.Story) { Entities = [entity] });

        Voice[] expected = [new("Courier", "Petra Novak", 1, 0), new("Herald", "Petra Novak", 1, 1)];
        Assert.Equal(expected, report.Voices);
    }

    [Fact]
    public void Sorts_speakers_of_an_outlet_by_count_then_name()
    {
        var document = FixtureDocument.Create("Herald", "Zed said a. Abe said b. Abe said c. Mia said d.")
            .Says(AttributionKind.Indirect, "a", "Zed")
            .Says(AttributionKind.Indirect, "b", "Abe")
            .Says(AttributionKind.Indirect, "c", "Abe")
            .Says(AttributionKind.Indirect, "d", "Mia")
            .Build();
        var context = FixtureDocument.Story(document);

        var report = new VoiceCounter().Analyze(context, new StoryReport(context.Story));

        Assert.Equal(["Abe", "Mia", "Zed"], report.Voices.Select(v => v.Speaker));
        Assert.Equal([2, 1, 1], report.Voices.Select(v => v.Paraphrases));
    }

    [Fact]
    public void Counts_a_same_outlet_copy_once_but_another_outlets_copy_again()
    {
        var original = FixtureDocument.Create("Herald", "\u201CYes,\u201D Novak said.")
            .Says(AttributionKind.Direct, "Yes,", "Novak")
            .Build();
        var update = FixtureDocument.Create("Herald", "\u201CYes,\u201D Novak said on Monday.")
            .Says(AttributionKind.Direct, "Yes,", "Novak")
            .Build();
        var syndicated = FixtureDocument.Create("Courier", "\u201CYes,\u201D Novak said.")
            .Says(AttributionKind.Direct, "Yes,", "Novak")
            .Build();
        var context = FixtureDocument.Story(original, update, syndicated) with
        {
            Duplicates =
            [
                new DuplicateLink(update.Article.Id, original.Article.Id, 0.9),
                new DuplicateLink(syndicated.Article.Id, original.Article.Id, 1.0),
            ],
        };

        var report = new VoiceCounter().Analyze(context, new StoryReport(context.Story));

        Voice[] expected = [new("Courier", "Novak", 1, 0), new("Herald", "Novak", 1, 0)];
        Assert.Equal(expected, report.Voices);
    }
}
