using Parallax.Tests.Shared;
using Parallax.Language.Entities.Ner;

namespace Parallax.Language.Tests.Ner;

public class ConllReaderTests
{
    [Fact]
    public void Splits_documents_at_docstart_and_sentences_at_blank_lines()
    {
        var documents = NerFixtures.Documents();

        Assert.Equal([2, 2, 2], documents.Select(d => d.Sentences.Length));
        var first = documents[0].Sentences[0];
        Assert.Equal(["Mr.", "Tarek", "Oumlil", "visited", "Brastova", "."], first.Words.ToArray());
        Assert.Equal(["O", "I-PER", "I-PER", "O", "I-LOC", "O"], first.Tags.ToArray());
        Assert.Equal(6 + 9, documents[0].TokenCount);
    }

    [Fact]
    public void A_file_without_docstart_is_one_document()
    {
        var text = MarkedConll.WriteWithoutDocumentStart("Paris/LOC fell", "Rome/LOC");

        var document = Assert.Single(ConllReader.Read(new StringReader(text)));
        Assert.Equal(2, document.Sentences.Length);
        Assert.Equal(["I-LOC"], document.Sentences[1].Tags.ToArray());
    }

    [Fact]
    public void A_token_line_without_a_tag_is_refused_with_its_line_number()
    {
        // The second token line loses its tag column.
        var lines = MarkedConll.WriteWithoutDocumentStart("Paris/LOC fell").Split('\n');
        lines[1] = lines[1].Split(' ')[0];
        var error = Assert.Throws<InvalidDataException>(() => ConllReader.Read(new StringReader(string.Join('\n', lines)), "bad.txt"));

        Assert.Contains("bad.txt:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_part_of_speech_column_when_asked()
    {
        var text = MarkedConll.Write(["Lene_NNP/PER waved_VBD"]);

        var sentence = ConllReader.Read(new StringReader(text), tagColumn: ConllReader.PartOfSpeechColumn)[0].Sentences[0];

        Assert.Equal(["NNP", "VBD"], sentence.Tags.ToArray());
        Assert.Equal(["I-PER", "O"], ConllReader.Read(new StringReader(text))[0].Sentences[0].Tags.ToArray());
    }
}
