using Parallax.Comparison.Text;

namespace Parallax.Comparison.Tests.Text;

public sealed class SentenceProfilerTests
{
    [Fact]
    public void A_document_profiled_again_at_another_place_in_a_corpus_is_numbered_for_that_place()
    {
        var document = TestDocuments.FromParagraphs("Coast Post", "The pier closed on Monday. Ferries use the south quay.", "Repairs take a month.");

        var first = SentenceProfiler.Profile(document, 0, 0).ToList();
        var later = SentenceProfiler.Profile(document, 3, 17).ToList();

        Assert.Equal([0, 1, 2], first.Select(p => p.Order));
        Assert.All(first, p => Assert.Equal(0, p.DocumentIndex));
        Assert.Equal([17, 18, 19], later.Select(p => p.Order));
        Assert.All(later, p => Assert.Equal(3, p.DocumentIndex));
        Assert.Equal(first.Select(p => p.Sentence), later.Select(p => p.Sentence));
        Assert.Equal(first.Select(p => p.SentenceIndex), later.Select(p => p.SentenceIndex));
        Assert.Equal(first.Select(p => string.Join(" ", p.Stems)), later.Select(p => string.Join(" ", p.Stems)));
    }
}
