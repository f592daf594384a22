using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Parallax.Sources.Tests;

/// <summary>A request as the test server saw it.</summary>
internal sealed record ServerRequest(string Path, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name.ToLowerInvariant());
}

/// <summary>What the test server answers; <see cref="Hang"/> never answers.</summary>
internal sealed record ServerResponse(int Status, byte[] Body, IReadOnlyList<(string Name, string Value)> Headers, bool OmitContentLength = false)
{
    public static ServerResponse Hang { get; } = new(0, [], []);

    public static ServerResponse Text(string body, string contentType = "text/plain; charset=utf-8", params (string, string)[] headers) =>
        new(200, Encoding.UTF8.GetBytes(body), [("Content-Type", contentType), .. headers]);

    public static ServerResponse Code(int status) => new(status, [], []);

    public static ServerResponse Redirect(string location, int status = 302) => new(status, [], [("Location", location)]);
}

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 and a free port, answering each connection once (Connection: close) from a
/// handler; it records every request. Written on TcpListener so tests control every byte (encodings, missing
/// lengths, silence).
/// </summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly TcpListener listener;
    private readonly Func<ServerRequest, ServerResponse> handler;
    private readonly CancellationTokenSource stop = new();

    public LocalHttpServer(Func<ServerRequest, ServerResponse> handler)
    {
        this.handler = handler;
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _ = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    public ConcurrentQueue<ServerRequest> Requests { get; } = new();

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    public int CountOf(string path) => Requests.Count(r => r.Path == path);

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequestAsync(stream);
                if (request is null)
                {
                    return;
                }

                Requests.Enqueue(request);
                var response = handler(request);
                if (ReferenceEquals(response, ServerResponse.Hang))
                {
                    await Task.Delay(Timeout.Infinite, stop.Token);
                    return;
                }

                var head = new StringBuilder($"HTTP/1.1 {response.Status} Status\r\nConnection: close\r\n");
                foreach (var (name, value) in response.Headers)
                {
                    head.Append($"{name}: {value}\r\n");
                }

                if (!response.OmitContentLength)
                {
                    head.Append($"Content-Length: {response.Body.Length}\r\n");
                }

                head.Append("\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), stop.Token);
                await stream.WriteAsync(response.Body, stop.Token);
                await stream.FlushAsync(stop.Token);
            }
            catch (Exception)
            {
                // The client went away (a refused body, a timeout): nothing to do.
            }
        }
    }

    private static async Task<ServerRequest?> ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (buffer.Count < 65536)
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }

            buffer.Add(one[0]);
            var n = buffer.Count;
            if (n >= 4 && buffer[n - 4] == '\r' && buffer[n - 3] == '\n' && buffer[n - 2] == '\r' && buffer[n - 1] == '\n')
            {
                break;
            }
        }

        var lines = Encoding.ASCII.GetString([.. buffer]).Split("\r\n");
        var path = lines[0].Split(' ')[1];
        var headers = new Dictionary<string, string>();
        foreach (var line in lines.Skip(1).Where(l => l.Contains(':')))
        {
            var colon = line.IndexOf(':');
            headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }

        return new ServerRequest(path, headers);
    }
}
