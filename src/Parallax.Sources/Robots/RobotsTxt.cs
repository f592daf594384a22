using System.Globalization;
using System.Text.RegularExpressions;

namespace Parallax.Sources.Robots;

/// <summary>
/// A parsed robots.txt (RFC 9309) as it applies to one product token: the rules of every group naming the token
/// (case-insensitive), else of the <c>*</c> groups; the longest matching rule decides, <c>allow</c> winning a tie;
/// <c>*</c> matches any run of characters and a final <c>$</c> anchors the end. Also the group's
/// <c>Crawl-delay</c> (not in the RFC, but widely used). Immutable and thread-safe.
/// </summary>
public sealed class RobotsTxt
{
    /// <summary>The most bytes of a robots.txt read (RFC 9309 asks for at least 500 KiB).</summary>
    public const int MaxBytes = 512 * 1024;

    private const int MaxRules = 10_000;

    private readonly IReadOnlyList<Rule> rules;

    private RobotsTxt(IReadOnlyList<Rule> rules, TimeSpan? crawlDelay, bool disallowAll)
    {
        this.rules = rules;
        CrawlDelay = crawlDelay;
        DisallowsAll = disallowAll;
    }

    /// <summary>Everything allowed: no robots.txt (4xx), or one without rules for us.</summary>
    public static RobotsTxt AllowAll { get; } = new([], null, false);

    /// <summary>Nothing allowed: the robots.txt could not be had (5xx, unreachable), so the site is assumed closed.</summary>
    public static RobotsTxt DisallowAll { get; } = new([], null, true);

    /// <summary>The delay between requests the matching group asks for, or null.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>True for <see cref="DisallowAll"/>.</summary>
    public bool DisallowsAll { get; }

    /// <summary>Parses <paramref name="content"/> for the crawler called <paramref name="productToken"/>.</summary>
    public static RobotsTxt Parse(string content, string productToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(productToken);
        var groups = ReadGroups(content);
        var ours = groups.Where(g => g.Agents.Any(a => a.Equals(productToken, StringComparison.OrdinalIgnoreCase))).ToList();
        if (ours.Count == 0)
        {
            ours = [.. groups.Where(g => g.Agents.Contains("*"))];
        }

        var rules = ours.SelectMany(g => g.Rules).Take(MaxRules).ToList();
        var delay = ours.Select(g => g.CrawlDelay).FirstOrDefault(d => d is not null);
        return rules.Count == 0 && delay is null ? AllowAll : new RobotsTxt(rules, delay, false);
    }

    /// <summary>Whether <paramref name="pathAndQuery"/> (as in <see cref="Uri.PathAndQuery"/>) may be fetched. <c>/robots.txt</c> always may.</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        if (pathAndQuery == "/robots.txt")
        {
            return true;
        }

        if (DisallowsAll)
        {
            return false;
        }

        Rule? best = null;
        foreach (var rule in rules)
        {
            if (rule.Pattern.IsMatch(pathAndQuery)
                && (best is null || rule.Length > best.Length || (rule.Length == best.Length && rule.Allow && !best.Allow)))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    private static List<Group> ReadGroups(string content)
    {
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent" or "useragent" or "user agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = new Group();
                    groups.Add(current);
                }

                current.Agents.Add(ProductToken(value));
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (current is null)
            {
                continue; // rules before any user-agent line belong to no group
            }

            switch (key)
            {
                case "allow" or "disallow" when value.Length > 0:
                    current.Rules.Add(new Rule(ToRegex(value), value.Length, key == "allow"));
                    break;
                case "crawl-delay" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                    && seconds >= 0 && seconds <= 86_400:
                    current.CrawlDelay ??= TimeSpan.FromSeconds(seconds);
                    break;
            }
        }

        return groups;
    }

    // "Googlebot/2.1" names the product "Googlebot"; "*" stays "*".
    private static string ProductToken(string value)
    {
        var end = 0;
        while (end < value.Length && (char.IsAsciiLetter(value[end]) || value[end] is '_' or '-' or '*'))
        {
            end++;
        }

        return value[..end];
    }

    // Non-backtracking, so no pattern can make matching slow.
    private static Regex ToRegex(string pattern)
    {
        var anchored = pattern.EndsWith('$');
        var body = anchored ? pattern[..^1] : pattern;
        var regex = "^" + string.Join(".*", body.Split('*').Select(Regex.Escape)) + (anchored ? "$" : "");
        return new Regex(regex, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    }

    private sealed record Rule(Regex Pattern, int Length, bool Allow);

    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<Rule> Rules { get; } = [];

        public TimeSpan? CrawlDelay { get; set; }
    }
}
