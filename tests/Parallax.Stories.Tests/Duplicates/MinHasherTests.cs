using Parallax.Stories.Duplicates;

namespace Parallax.Stories.Tests.Duplicates;

public sealed class MinHasherTests
{
    private readonly MinHasher hasher = new(128, 5);

    [Fact]
    public void Texts_with_the_same_set_of_shingles_get_the_same_signature()
    {
        // Both are the five rotations of "a b c d e", met in another order.
        var first = hasher.Signature("alpha bravo charlie delta echo alpha bravo charlie delta echo");
        var second = hasher.Signature("bravo charlie delta echo alpha bravo charlie delta echo alpha");

        Assert.Equal(first, second);
    }

    [Fact]
    public void Word_order_inside_a_shingle_counts()
    {
        var signature = hasher.Signature("alpha bravo charlie delta echo foxtrot");
        var reordered = hasher.Signature("bravo alpha charlie delta echo foxtrot");

        Assert.NotEqual(signature, reordered);
    }

    [Fact]
    public void A_text_shorter_than_a_shingle_is_one_shingle_of_its_words_in_their_order()
    {
        Assert.Equal(hasher.Signature("Short Text"), hasher.Signature("short, text."));
        Assert.NotEqual(hasher.Signature("short text"), hasher.Signature("text short"));
        Assert.Equal(128, hasher.Signature("one")!.Length);
    }

    [Fact]
    public void Case_and_typographic_apostrophes_do_not_count_and_a_text_without_words_has_no_signature()
    {
        Assert.Equal(
            hasher.Signature("Russia\u2019s envoy met the Prime Minister on Friday"),
            hasher.Signature("russia's ENVOY met the prime minister on friday"));
        Assert.Null(hasher.Signature(" -- ... "));
    }

    [Fact]
    public void Sharing_most_shingles_means_agreeing_on_most_positions()
    {
        var words = Enumerable.Range(0, 200).Select(i => $"w{i}").ToArray();
        var text = string.Join(' ', words);
        var edited = string.Join(' ', words[..190]) + " other words close the text here";

        var similarity = MinHasher.EstimateJaccard(hasher.Signature(text)!, hasher.Signature(edited)!);

        Assert.InRange(similarity, 0.8, 1.0);
    }
}
