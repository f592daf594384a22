using Parallax.Core.Annotations;
using Parallax.Language.Entities;
using Parallax.Language.Entities.Ner;
using Parallax.Language.Sentences;
using Parallax.Language.Tokens;

namespace Parallax.Language.Tests.Ner;

public class EntityTaggerSelectionTests
{
    private static Document Tokenised(params string[] paragraphs) =>
        new Tokenizer().Annotate(new SentenceSplitter().Annotate(new Document(TestDocuments.Article("t", paragraphs))));

    [Theory]
    [InlineData(EntityTaggerKind.Statistical)]
    [InlineData(EntityTaggerKind.RuleBased)]
    public void The_kind_chooses_the_tagger(EntityTaggerKind kind)
    {
        var document = Tokenised("Talks resumed in Brastova on Tuesday, where Finance Minister Tarek Oumlil met officials of Valdor Bank.", "Oumlil said the bank would lend.");
        IEntityTagger tagger = kind == EntityTaggerKind.RuleBased ? new RuleBasedEntityTagger() : new PerceptronEntityTagger();

        var chosen = new EntityRecognizer(kind).Annotate(document);
        var direct = new EntityRecognizer(tagger).Annotate(document);

        Assert.Equal(direct.Mentions.ToArray(), chosen.Mentions.ToArray());
        Assert.NotEmpty(chosen.Mentions);
    }

    [Fact]
    public void The_statistical_tagger_keeps_token_offsets_across_sentences()
    {
        var document = Tokenised("Prices rose.", "Later , Anja Vollrath flew to Hamburg .");

        var tags = new PerceptronEntityTagger().Tag(document);

        Assert.Equal(["Anja Vollrath", "Hamburg"], tags.Select(t => document.Slice(Core.Text.TextSpan.FromBounds(document.Tokens[t.FirstToken].Span.Start, document.Tokens[t.EndToken - 1].Span.End))));
        Assert.Equal([EntityKind.Person, EntityKind.Location], tags.Select(t => t.Kind));
    }
}
