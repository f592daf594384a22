using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Text;
using Parallax.Stories.Features;

namespace Parallax.Stories.Tests.Features;

public sealed class NameFeatureTests
{
    [Theory]
    [InlineData("Zelensky", "Zelenskiy")]
    [InlineData("Zelensky", "Zelenskyy")]
    [InlineData("Kharkiv", "Harkiv")]
    [InlineData("Lukashenko", "Lukaschenko")]
    [InlineData("Erdoğan", "Erdogan")]
    public void Transliteration_variants_share_a_key(string a, string b) => Assert.Equal(NameKey.Fold(a), NameKey.Fold(b));

    [Theory]
    [InlineData("Peskov", "Putin")]
    [InlineData("Warsaw", "Moscow")]
    public void Different_names_keep_different_keys(string a, string b) => Assert.NotEqual(NameKey.Fold(a), NameKey.Fold(b));

    [Fact]
    public void Name_keys_through_the_per_thread_cache_are_the_folded_names_also_for_forms_that_share_a_slot()
    {
        // Invented names, a third as many as the cache has slots, so thousands of them share a slot; counted twice, the
        // second pass meets cached and displaced forms alike, and each must give its own key.
        var names = Enumerable.Range(0, RecentWords<string>.Slots / 3)
            .Select(static i => VocabularyForgettingTests.Word(i))
            .Select(static w => char.ToUpperInvariant(w[0]) + w[1..])
            .ToArray();
        // Mostly lowercase, as prose is: a paragraph mostly of capitalised words is taken for a title and skipped.
        var text = "talks went on with " + string.Join(" and then the envoy of the harbour board met ", names) + " late.";
        var expected = names.GroupBy(static n => NameKey.Fold(n.ToLowerInvariant())!).ToDictionary(static g => g.Key, static g => (double)g.Count());
        for (var pass = 0; pass < 2; pass++)
        {
            var counts = new Dictionary<string, double>();
            NameCounter.CountCapitalised(text, 0, 1, counts);
            var wrong = expected.Where(p => counts.GetValueOrDefault(p.Key) != p.Value).Take(5).Select(static p => p.Key + "=" + p.Value).ToList();
            var extra = counts.Where(p => !expected.ContainsKey(p.Key)).Take(5).Select(static p => p.Key + "=" + p.Value).ToList();
            Assert.True(wrong.Count == 0 && extra.Count == 0, $"pass {pass}: {string.Join(" ", wrong)} | {string.Join(" ", extra)}");
        }
    }

    [Fact]
    public void Capitalised_words_count_except_sentence_case_function_words_dates_and_titles()
    {
        var counts = new Dictionary<string, double>();
        NameCounter.CountCapitalised(
            "The talks ended. Negotiators met President Okafor on Friday in Lagos. Okafor said little.",
            0,
            1,
            counts);

        Assert.Equal(2, counts[NameKey.Fold("Okafor")!]);
        Assert.Equal(1, counts[NameKey.Fold("Lagos")!]);
        Assert.False(counts.ContainsKey(NameKey.Fold("Negotiators")!));
        Assert.False(counts.ContainsKey(NameKey.Fold("Friday")!));
        Assert.False(counts.ContainsKey(NameKey.Fold("President")!));
        Assert.False(counts.ContainsKey(NameKey.Fold("The")!));
    }

    [Fact]
    public void Title_case_paragraphs_give_no_names()
    {
        var counts = new Dictionary<string, double>();
        NameCounter.CountCapitalised("Markets Rally As Central Bank Holds Rates\n\nTraders cheered in Frankfurt.", 0, 1, counts);

        Assert.Equal([NameKey.Fold("Frankfurt")!], counts.Keys);
    }

    [Fact]
    public void Entity_names_replace_capitalised_words_when_the_document_has_entities()
    {
        var article = SeedArticles.Create("x", null, ["Mr Okafor met the Lagos delegation in Abuja."]);
        var document = new Document(article)
        {
            Layers = AnnotationLayers.Entities,
            Entities = [new Entity("e1", "Chidi Okafor", EntityKind.Person, ["Okafor"], ImmutableArray<string>.Empty)],
            Mentions = [new EntityMention(new TextSpan(3, 6), EntityKind.Person, "e1")],
        };

        var names = new FeatureExtractor(StoryDetectorOptions.Default).Extract(document).Names;

        Assert.Equal(new[] { NameKey.Fold("Chidi")!, NameKey.Fold("Okafor")! }.Order(StringComparer.Ordinal), names.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Terms_are_stemmed_without_stop_or_reporting_words_and_titles_weigh_more()
    {
        var article = SeedArticles.Create("x", "Negotiations stall", ["The negotiations stalled, the spokesman said on Friday."]);

        var terms = new FeatureExtractor(StoryDetectorOptions.Default).Extract(new Document(article)).Terms;

        Assert.Equal(new[] { "negoti", "stall" }, terms.Keys.Order(StringComparer.Ordinal));
        // Once in the title (weight 3) and once in the lead paragraph (weight 2).
        Assert.Equal(5, terms["negoti"]);
    }

    [Fact]
    public void Numbering_while_extracting_gives_what_numbering_the_extracted_counts_gives()
    {
        var article = SeedArticles.Create(
            "x",
            "Ferry strike halts Kessington crossings",
            ["Ferry crews in Kessington walked out on Monday, union leader Paula Brandt said.", "The Kessington ferry company said crossings would resume in March 2025 at the earliest, and Brandt's union disputed it."]);
        var document = new Document(article);
        var extractor = new FeatureExtractor(StoryDetectorOptions.Default);
        var plainFrequencies = new DocumentFrequencies(BackgroundFrequencies.Empty);
        var plain = plainFrequencies.Number(extractor.Extract(document));
        var frequencies = new DocumentFrequencies(BackgroundFrequencies.Empty);

        var numbered = extractor.ExtractNumbered(document, frequencies, out var words);
        var again = extractor.ExtractNumbered(document, frequencies, out _);

        Assert.All(
            new[]
            {
                (plain.Terms, numbered.Terms, plainFrequencies.Terms, frequencies.Terms),
                (plain.Names, numbered.Names, plainFrequencies.Names, frequencies.Names),
                (plain.Anchors, numbered.Anchors, plainFrequencies.Anchors, frequencies.Anchors),
            },
            pair =>
            {
                Assert.NotEqual(0, pair.Item1.Length);
                Assert.Equal(pair.Item1.Ids.Select(pair.Item3.Key), pair.Item2.Ids.Select(pair.Item4.Key));
                Assert.Equal(pair.Item1.Ids, pair.Item2.Ids);
                Assert.Equal(pair.Item1.TermFrequencies, pair.Item2.TermFrequencies);
            });
        var body = new TextWords();
        body.Scan(article.Text);
        Assert.Equal(body.Count, words.Count);
        Assert.Equal(body.Start(body.Count - 1), words.Start(words.Count - 1));

        // The second time every word form is known to the stream's memo of term numbers.
        Assert.Equal(numbered.Terms.Ids, again.Terms.Ids);
        Assert.Equal(numbered.Terms.TermFrequencies, again.Terms.TermFrequencies);
    }
}
