using Parallax.Extraction.Html;

namespace Parallax.Extraction.Tests.Html;

public sealed class IdeographicTextTests
{
    [Fact]
    public void Chinese_paragraphs_without_spaces_read_as_prose()
    {
        const string page = """
            <html><head><title>新桥开通</title></head><body>
            <nav><a href="/">首页</a> <a href="/news">新闻</a></nav>
            <div class="content">
            <p>连接城市东西两岸的新大桥于星期一正式通车，每天预计有五万辆汽车通过。</p>
            <p>市政府表示，大桥的建设用了四年时间，比原计划提前了六个月完成。</p>
            <p>附近的居民说，上班的路程从一个小时缩短到了二十分钟左右。</p>
            </div>
            </body></html>
            """;

        var body = HtmlExtractor.Extract(page).Content.Body;

        Assert.Equal(3, body.Length);
        Assert.StartsWith("连接城市", body[0], StringComparison.Ordinal);
        Assert.DoesNotContain(body, paragraph => paragraph.Contains("首页", StringComparison.Ordinal));
    }
}
