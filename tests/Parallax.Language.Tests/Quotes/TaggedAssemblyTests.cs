using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Language.Quotes;
using Parallax.Language.Quotes.Tagging;

namespace Parallax.Language.Tests.Quotes;

/// <summary>
/// How tagged spans become attributions (<see cref="TaggedAttributionBuilder"/>), with the spans given by hand so
/// the assembly is tested apart from what a trained model happens to tag.
/// </summary>
public sealed class TaggedAssemblyTests
{
    private static readonly ParallaxPipeline UpToEntities = new ParallaxPipelineBuilder().UseSentences().UseTokens().UseEntities().Build();

    [Fact]
    public void A_cue_without_a_tagged_content_reports_the_rest_of_its_sentence()
    {
        var (document, context) = Read("The regional ombudsman has endorsed the plan to merge the two ferry companies.");
        var endorsed = TokenIndex(document, "endorsed");
        var results = new List<Attribution>();

        TaggedAttributionBuilder.Add(context, [new TaggedSpan(TaggedRole.Cue, endorsed, endorsed)], results);

        var found = Assert.Single(results);
        Assert.Equal(AttributionKind.Indirect, found.Kind);
        Assert.Equal("endorsed", document.Slice(found.Cue!.Value));
        Assert.Equal("the plan to merge the two ferry companies", document.Slice(found.Content));
        Assert.Equal("The regional ombudsman", document.Slice(found.SourceSpan!.Value));
    }

    [Fact]
    public void A_cue_followed_only_by_when_or_where_reports_nothing()
    {
        var (document, context) = Read("The regional ombudsman spoke on Tuesday.");
        var spoke = TokenIndex(document, "spoke");
        var results = new List<Attribution>();

        TaggedAttributionBuilder.Add(context, [new TaggedSpan(TaggedRole.Cue, spoke, spoke)], results);

        Assert.Empty(results);
    }

    [Fact]
    public void A_subject_naming_no_entity_or_speaker_noun_still_speaks_by_its_words()
    {
        var (document, context) = Read("Marine biologists fear the coral will not recover within a decade.");
        var fear = TokenIndex(document, "fear");
        var results = new List<Attribution>();

        TaggedAttributionBuilder.Add(context, [new TaggedSpan(TaggedRole.Cue, fear, fear), new TaggedSpan(TaggedRole.Content, fear + 1, TokenIndex(document, "decade"))], results);

        var found = Assert.Single(results);
        Assert.Equal(AttributionKind.Indirect, found.Kind);
        Assert.Equal("Marine biologists", document.Slice(found.SourceSpan!.Value));
        Assert.Equal("Marine biologists", found.Speaker);
        Assert.Null(found.SpeakerEntityId);
    }

    [Fact]
    public void The_plain_subject_before_the_cue_speaks_rather_than_a_stray_tagged_source()
    {
        var (document, context) = Read("Along the northern shelf, marine biologists fear the coral will not recover.");
        var fear = TokenIndex(document, "fear");
        var shelf = TokenIndex(document, "shelf");
        var results = new List<Attribution>();

        TaggedAttributionBuilder.Add(
            context,
            [new TaggedSpan(TaggedRole.Source, shelf, shelf), new TaggedSpan(TaggedRole.Cue, fear, fear), new TaggedSpan(TaggedRole.Content, fear + 1, TokenIndex(document, "recover"))],
            results);

        var found = Assert.Single(results);
        Assert.Equal("marine biologists", document.Slice(found.SourceSpan!.Value));
    }

    [Fact]
    public void A_pronoun_without_an_antecedent_is_not_read_as_an_unnamed_source()
    {
        var (document, context) = Read("Then fear spread along the quay as the storm came in.");
        var fear = TokenIndex(document, "fear");
        var results = new List<Attribution>();

        TaggedAttributionBuilder.Add(context, [new TaggedSpan(TaggedRole.Cue, fear, fear)], results);

        Assert.Empty(results);
    }

    [Theory]
    [InlineData("port", "authority", true)] // "the port authority" names a speaker
    [InlineData("port", "and", false)] // "the port authority and": cut before the rest of the name
    [InlineData("When", "When", false)] // a clause word names nobody
    [InlineData("he", "he", true)] // a pronoun stands for a speaker and is resolved elsewhere
    public void A_tagged_source_must_be_a_whole_phrase_that_names_someone(string first, string last, bool kept)
    {
        var (document, context) = Read(ShapeFixture);
        var tagged = ShapeAttribution(document, context, context.SpanOf(TokenIndex(document, first), TokenIndex(document, last)), "said");

        Assert.Equal(kept, TaggedAttributionShape.Shaped(context, tagged) is not null);
    }

    [Theory]
    [InlineData("said", true)]
    [InlineData("also", false)] // an adverb beside the verb is no reporting word
    public void A_tagged_cue_must_hold_more_than_function_words(string cue, bool kept)
    {
        var (document, context) = Read(ShapeFixture);
        var he = TokenIndex(document, "he");
        var tagged = ShapeAttribution(document, context, context.SpanOf(he, he), cue);

        Assert.Equal(kept, TaggedAttributionShape.Shaped(context, tagged) is not null);
    }

    [Fact]
    public void A_tagged_content_that_says_no_more_than_its_source_is_dropped()
    {
        var (document, context) = Read(ShapeFixture);
        var source = context.SpanOf(TokenIndex(document, "port"), TokenIndex(document, "authority"));
        var tagged = ShapeAttribution(document, context, source, "said") with { Content = context.SpanOf(TokenIndex(document, "authority"), TokenIndex(document, "authority")) };

        Assert.Null(TaggedAttributionShape.Shaped(context, tagged));
    }

    [Fact]
    public void A_tagged_content_that_swallows_the_frame_of_a_quote_the_rules_attributed_is_not_added()
    {
        var (document, context) = Read("“The tariffs are unfair,” the port director said, reading a statement to reporters on behalf of the union.");
        var results = new List<Attribution>();
        QuoteAttributorRules(document, results);
        var rule = Assert.Single(results);
        var said = TokenIndex(document, "said");

        TaggedAttributionBuilder.Add(
            context,
            [new TaggedSpan(TaggedRole.Source, TokenIndex(document, "port"), TokenIndex(document, "director")), new TaggedSpan(TaggedRole.Content, said, TokenIndex(document, "union"))],
            results);

        Assert.Equal(rule, Assert.Single(results));
    }

    private const string ShapeFixture = "When the port authority and the union met, he also said the new tariffs were unfair.";

    private static Attribution ShapeAttribution(Document document, AttributionContext context, Core.Text.TextSpan source, string cue)
    {
        var at = TokenIndex(document, cue);
        var content = context.SpanOf(TokenIndex(document, "new") - 1, TokenIndex(document, "unfair"));
        return new Attribution(AttributionKind.Indirect, content, context.SpanOf(at, at), source, null, document.Slice(source));
    }

    /// <summary>The rule-based attributions alone (the attributor without a model).</summary>
    private static void QuoteAttributorRules(Document document, List<Attribution> results) =>
        results.AddRange(new QuoteAttributor(null).Annotate(document).Attributions);

    private static (Document Document, AttributionContext Context) Read(string paragraph)
    {
        var document = UpToEntities.Annotate(TestDocuments.Article("fixture", paragraph));
        return (document, new AttributionContext(document, QuoteScanner.Scan(document)));
    }

    private static int TokenIndex(Document document, string norm)
    {
        for (var t = 0; t < document.Tokens.Length; t++)
        {
            if (document.Tokens[t].Norm == norm)
            {
                return t;
            }
        }

        throw new InvalidOperationException($"no token {norm}");
    }
}
