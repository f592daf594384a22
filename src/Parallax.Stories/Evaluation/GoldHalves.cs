using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Parallax.Stories.Evaluation;

/// <summary>
/// Splits a clustered evaluation set into a dev and a check half by gold story, so that no setting is chosen on the
/// articles it is judged by. A story goes whole to one half, chosen by the parity of the first byte of the SHA-256
/// of its id: the same on every machine and run, and independent of the order or number of the other stories.
/// </summary>
public static class GoldHalves
{
    /// <summary>The half a gold story belongs to.</summary>
    public static GoldHalf Of(string goldStory)
    {
        ArgumentNullException.ThrowIfNull(goldStory);
        return (SHA256.HashData(Encoding.UTF8.GetBytes(goldStory))[0] & 1) == 0 ? GoldHalf.Dev : GoldHalf.Check;
    }

    /// <summary>The articles (in their order) whose gold story belongs to <paramref name="half"/>.</summary>
    public static LabelledArticles Select(LabelledArticles data, GoldHalf half)
    {
        ArgumentNullException.ThrowIfNull(data);
        var articles = ImmutableArray.CreateBuilder<Parallax.Core.Articles.Article>();
        var labels = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < data.Articles.Length; i++)
        {
            if (Of(data.Labels[i]) == half)
            {
                articles.Add(data.Articles[i]);
                labels.Add(data.Labels[i]);
            }
        }

        var name = half == GoldHalf.Dev ? "dev half" : "check half";
        return new LabelledArticles($"{data.Name} ({name})", articles.ToImmutable(), labels.ToImmutable());
    }
}
