using Parallax.Core.Annotations;

namespace Parallax.Language.Tests.Quotes;

/// <summary>
/// Who speaks when a name stands in the sentence without being the subject: the object of the main verb before a
/// participle ("…, arguing that"), a name in an opening prepositional phrase.
/// </summary>
public sealed class ClauseSubjectTests
{
    [Fact]
    public void A_participle_after_a_comma_speaks_for_the_subject_of_the_main_clause_not_for_its_object()
    {
        var document = TestDocuments.Annotate(
            "The harbour commissioners have repeatedly blamed Ilse Marten for the delays, arguing that her office ignored the tide tables.");

        var arguing = ByCue(document, "arguing");

        Assert.NotEqual("Ilse Marten", arguing.Speaker);
        Assert.Equal("The harbour commissioners", document.Slice(arguing.SourceSpan!.Value));
    }

    [Fact]
    public void A_participle_after_a_comma_still_speaks_for_a_named_subject()
    {
        var document = TestDocuments.Annotate(
            "Port director Jonas Weber criticised the ferry company on Monday, insisting that the repairs could not wait.");

        var insisting = ByCue(document, "insisting");

        Assert.Equal("Jonas Weber", insisting.Speaker);
    }

    [Fact]
    public void A_relative_clause_before_the_participle_does_not_give_it_a_subject()
    {
        var document = TestDocuments.Annotate(
            "Ilse Marten, who runs the pilots' office, met the commissioners, warning that Karl Brandt had misread the tide tables.");

        var warning = ByCue(document, "warning");

        Assert.Equal("Ilse Marten", warning.Speaker);
    }

    [Fact]
    public void A_name_in_an_opening_prepositional_phrase_is_not_the_speaker()
    {
        var document = TestDocuments.Annotate(
            "At the Maritime Museum in Bremen, the pilots' union on Sunday called on the council to publish the survey.");

        var called = Assert.Single(document.Attributions);

        Assert.DoesNotContain("Maritime Museum", called.Speaker ?? "", StringComparison.Ordinal);
        Assert.Contains("union", document.Slice(called.SourceSpan!.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_pronoun_is_the_source_mention_and_its_antecedent_the_speaker()
    {
        var document = TestDocuments.Annotate(
            "The plan was drawn up with Ilse Marten, who warned that the channel would silt up within a decade.");

        var warned = ByCue(document, "warned");

        Assert.Equal("Ilse Marten", warned.Speaker);
        Assert.Equal("who", document.Slice(warned.SourceSpan!.Value));
    }

    [Fact]
    public void A_relative_pronoun_after_an_unnamed_group_speaks_for_the_group_not_for_the_sentence_subject()
    {
        var document = TestDocuments.Annotate(
            "Mayor Ansel Varga does best with harbour workers who believe the new quay will bring back the ferries.");

        var believe = ByCue(document, "believe");

        Assert.NotEqual("Ansel Varga", believe.Speaker);
        Assert.Equal("who", document.Slice(believe.SourceSpan!.Value));
        Assert.Contains("harbour workers", believe.Speaker ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void An_unresolved_they_is_the_source_and_no_name_is_put_in_its_place()
    {
        var document = TestDocuments.Annotate(
            "Ilse Marten met the ferry crews on Monday, and they argued that the winter timetable was unsafe.");

        var argued = ByCue(document, "argued");

        Assert.Equal("they", document.Slice(argued.SourceSpan!.Value));
        Assert.Null(argued.Speaker);
    }

    [Fact]
    public void A_he_with_no_person_to_stand_for_is_not_shown_as_a_name()
    {
        var document = TestDocuments.Annotate(
            "The harbour master has worked the strait for twenty years.",
            "He estimated that the winter storms had doubled the cost of dredging.");

        var estimated = ByCue(document, "estimated");

        Assert.Equal("He", document.Slice(estimated.SourceSpan!.Value));
        Assert.Null(estimated.Speaker);
    }

    private static Attribution ByCue(Document document, string cue) =>
        document.Attributions.Single(a => a.Cue is { } c && document.Slice(c).Contains(cue, StringComparison.Ordinal));
}
