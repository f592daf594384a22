using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Parallax.Extraction.Input;

namespace Parallax.Sources.Http;

/// <summary>
/// Fetches http(s) URLs safely: only public addresses (checked on the address actually connected, which defeats
/// DNS rebinding) unless private networks are allowed; connect and whole-request timeouts; caps on the bytes read
/// and on the bytes a compressed body expands to (gzip, deflate, br, decoded here); redirects followed by hand
/// (at most <see cref="FetchOptions.MaxRedirects"/>), each target checked again, and an optional
/// <see cref="IRequestGate"/> (robots.txt, per-host spacing) consulted before every request.
/// </summary>
/// <remarks>Thread-safe; one instance serves any number of concurrent fetches. Never throws for network or server failures: they come back as <see cref="FetchResult.Problem"/>.</remarks>
public sealed class HttpFetcher : IDisposable
{
    private readonly HttpClient client;
    private readonly IRequestGate? gate;

    /// <summary>A fetcher with the given limits, consulting <paramref name="gate"/> (when given) before each request.</summary>
    public HttpFetcher(FetchOptions options, IRequestGate? gate = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        this.gate = gate;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            UseProxy = false, // a proxy would connect on our behalf, past the address check
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxResponseHeadersLength = 64, // KiB
            ConnectCallback = ConnectAsync,
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The limits this fetcher applies.</summary>
    public FetchOptions Options { get; }

    /// <summary>Fetches <paramref name="url"/> (a GET), conditionally when <paramref name="validators"/> are given.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (a timeout is a <see cref="FetchResult.Problem"/> instead).</exception>
    public async Task<FetchResult> FetchAsync(Uri url, HttpValidators? validators = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.RequestTimeout);
        var current = url;
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (!current.IsAbsoluteUri || current.Scheme is not ("http" or "https"))
                {
                    return Failed(url, current, $"{current}: only http and https URLs are fetched");
                }

                if (gate is not null && await gate.BeforeRequestAsync(current, timeout.Token).ConfigureAwait(false) is { } refusal)
                {
                    return Failed(url, current, $"{current}: {refusal}");
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.TryAddWithoutValidation("User-Agent", Options.UserAgent);
                request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br");
                if (hop == 0 && validators is not null)
                {
                    if (validators.ETag is { } etag)
                    {
                        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                    }

                    if (validators.LastModified is { } modified)
                    {
                        request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
                    }
                }

                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
                {
                    if (hop >= Options.MaxRedirects)
                    {
                        return Failed(url, current, $"{url}: more than {Options.MaxRedirects} redirects");
                    }

                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                return await ReadAsync(url, current, response, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(url, current, $"{current}: timed out after {Options.RequestTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return Failed(url, current, $"{current}: {Reason(e)}");
        }
        catch (IOException e)
        {
            return Failed(url, current, $"{current}: {Reason(e)}");
        }
    }

    /// <summary>Closes the connections.</summary>
    public void Dispose() => client.Dispose();

    private async Task<FetchResult> ReadAsync(Uri url, Uri final, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var headers = response.Content.Headers;
        var result = new FetchResult
        {
            Url = url,
            FinalUrl = final,
            StatusCode = (int)response.StatusCode,
            ContentType = headers.ContentType?.ToString(),
            ETag = response.Headers.ETag?.ToString(),
            LastModified = headers.LastModified?.ToString("R"),
        };
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return result;
        }

        if (headers.ContentLength > Options.MaxBodyBytes)
        {
            return result with { Problem = $"{final}: body of {headers.ContentLength:N0} bytes exceeds the limit of {Options.MaxBodyBytes:N0} bytes" };
        }

        var raw = await ReadCappedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        if (raw is null)
        {
            return result with { Problem = $"{final}: body exceeds the limit of {Options.MaxBodyBytes:N0} bytes" };
        }

        var body = ContentEncoding.Decode(raw, string.Join(',', headers.ContentEncoding), Options.MaxDecompressedBytes, out var problem);
        return body is null ? result with { Problem = $"{final}: {problem}" } : result with { Body = body };
    }

    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (output.Length + read > Options.MaxBodyBytes)
                {
                    return null;
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
    }

    // Resolves the host itself and connects only to an allowed address: the check is on the address the socket
    // connects to, so a name that resolves differently later (DNS rebinding) cannot slip through.
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        IPAddress? blocked = null;
        Exception? lastError = null;
        foreach (var address in addresses)
        {
            if (!IsAllowed(address))
            {
                blocked ??= address;
                continue;
            }

            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
                if (socket.RemoteEndPoint is IPEndPoint connected && !IsAllowed(connected.Address))
                {
                    throw new BlockedAddressException(host, connected.Address);
                }

                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                lastError = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        if (lastError is not null)
        {
            throw lastError;
        }

        throw blocked is not null ? new BlockedAddressException(host, blocked) : new IOException($"{host} has no address");
    }

    private bool IsAllowed(IPAddress address) =>
        Options.AllowPrivateNetworks || AddressPolicy.IsPublic(address) || Options.AllowedAddresses.Contains(address)
        || (address.IsIPv4MappedToIPv6 && Options.AllowedAddresses.Contains(address.MapToIPv4()));

    private static string Reason(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is BlockedAddressException blocked)
            {
                return blocked.Message;
            }
        }

        var deepest = e;
        while (deepest.InnerException is not null)
        {
            deepest = deepest.InnerException;
        }

        return deepest.Message;
    }

    private static FetchResult Failed(Uri url, Uri final, string problem) => new() { Url = url, FinalUrl = final, Problem = problem };
}
