namespace Parallax.Extraction.Metadata;

/// <summary>Outlet names derived from a URL's host or from a file name.</summary>
public static class OutletNames
{
    /// <summary>The host of an absolute http(s) URL without a leading "www." (or "m."/"amp."), or null.</summary>
    public static string? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        foreach (var prefix in (ReadOnlySpan<string>)["www.", "m.", "amp.", "mobile."])
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.IndexOf('.', prefix.Length) > 0)
            {
                return host[prefix.Length..];
            }
        }

        return host;
    }

    /// <summary>
    /// The file name without extension(s); a leading numeric or hash prefix ("012_", "3fa9c2-") is dropped when what
    /// remains is a meaningful name rather than another number or hash.
    /// </summary>
    public static string FromFileName(string path)
    {
        var name = Path.GetFileName(path);
        var colon = name.LastIndexOf(':');
        if (colon > 0 && colon < name.Length - 1 && name.AsSpan(colon + 1).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            name = name[..colon];
        }

        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        var stem = Path.GetFileNameWithoutExtension(name);
        if (stem.Length == 0)
        {
            return name;
        }

        var rest = stem;
        while (true)
        {
            var separator = rest.AsSpan().IndexOfAny("_- .");
            if (separator <= 0 || !IsNumberOrHash(rest.AsSpan(0, separator)))
            {
                break;
            }

            rest = rest[(separator + 1)..];
        }

        return rest.Length > 0 && rest != stem && IsMeaningful(rest) ? rest : stem;
    }

    private static bool IsNumberOrHash(ReadOnlySpan<char> part)
    {
        var hasDigit = false;
        foreach (var c in part)
        {
            if (char.IsAsciiDigit(c))
            {
                hasDigit = true;
            }
            else if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return hasDigit;
    }

    private static bool IsMeaningful(string rest)
    {
        if (IsNumberOrHash(rest.AsSpan()))
        {
            return false;
        }

        var letters = 0;
        foreach (var c in rest)
        {
            letters = char.IsLetter(c) ? letters + 1 : 0;
            if (letters >= 2)
            {
                return true;
            }
        }

        return false;
    }
}
