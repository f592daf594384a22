using Parallax.Sources.Robots;

namespace Parallax.Sources.Tests;

public sealed class RobotsTxtTests
{
    [Fact]
    public void The_longest_match_decides_and_allow_wins_a_tie()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /news\nAllow: /news/public\nDisallow: /same\nAllow: /same\n", "Parallax");

        Assert.False(robots.IsAllowed("/news/secret"));
        Assert.True(robots.IsAllowed("/news/public/1"));
        Assert.True(robots.IsAllowed("/same"));
        Assert.True(robots.IsAllowed("/other"));
    }

    [Fact]
    public void Wildcards_and_end_anchors_match()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /a*/b\n", "Parallax");

        Assert.False(robots.IsAllowed("/files/x.pdf"));
        Assert.True(robots.IsAllowed("/files/x.pdf?download=1"));
        Assert.False(robots.IsAllowed("/abc/b/c"));
        Assert.True(robots.IsAllowed("/b/a"));
    }

    [Fact]
    public void A_group_naming_the_product_replaces_the_star_group()
    {
        const string text = """
            User-agent: *
            Disallow: /

            # several agents share one group
            User-agent: otherbot
            User-agent: parallax/1.0
            Disallow: /private
            Crawl-delay: 5
            """;
        var robots = RobotsTxt.Parse(text, "Parallax");

        Assert.True(robots.IsAllowed("/public"));
        Assert.False(robots.IsAllowed("/private/a"));
        Assert.Equal(TimeSpan.FromSeconds(5), robots.CrawlDelay);
        Assert.False(RobotsTxt.Parse(text, "Somebot").IsAllowed("/public"));
    }

    [Fact]
    public void An_empty_disallow_allows_everything_and_robots_txt_itself_is_always_allowed()
    {
        Assert.True(RobotsTxt.Parse("User-agent: *\nDisallow:\n", "Parallax").IsAllowed("/anything"));
        Assert.True(RobotsTxt.Parse("User-agent: *\nDisallow: /\n", "Parallax").IsAllowed("/robots.txt"));
        Assert.False(RobotsTxt.DisallowAll.IsAllowed("/x"));
        Assert.True(RobotsTxt.AllowAll.IsAllowed("/x"));
    }

    [Fact]
    public void Rules_before_any_user_agent_and_comments_are_ignored()
    {
        var robots = RobotsTxt.Parse("Disallow: /\n# User-agent: *\nUser-agent: * # all\nDisallow: /x # not y\n", "Parallax");

        Assert.True(robots.IsAllowed("/y"));
        Assert.False(robots.IsAllowed("/x"));
    }
}
