using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using CodeAssure.Vulnerabilities.Index;
using CodeAssure.Vulnerabilities.Osv;

namespace CodeAssure.Vulnerabilities.Tests.Osv;

public sealed class OsvHttpImportTests
{
    private const string ETag = "\"v1\"";

    private static byte[] ZipOf(params string[] ids)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var id in ids)
            {
                using var writer = new StreamWriter(zip.CreateEntry($"{id}.json").Open());
                writer.Write($$$"""{"id":"{{{id}}}","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"Go","name":"example.com/m"}}]}""");
            }
        }

        return buffer.ToArray();
    }

    [Fact]
    public async Task Downloads_a_zip_then_sends_its_ETag_and_rewrites_nothing_on_304()
    {
        using var folder = new TemporaryFolder();
        await using var server = TestServer.Start(new Dictionary<string, byte[]> { ["/Go/all.zip"] = ZipOf("GO-1", "GO-2") });
        using var http = new HttpClient();
        var url = server.Url("/Go/all.zip");

        var first = await new OsvImporter(http).ImportAsync(folder.Index, [url]);
        var written = File.GetLastWriteTimeUtc(folder.Index);
        var bytes = await File.ReadAllBytesAsync(folder.Index);
        var second = await new OsvImporter(http).ImportAsync(folder.Index, [url]);

        Assert.Equal((OsvSourceStatus.Imported, 2, ETag), (first.Sources[0].Status, first.Sources[0].Read, first.Sources[0].ETag));
        Assert.Equal(OsvSourceStatus.NotModified, second.Sources[0].Status);
        Assert.False(second.IndexWritten);
        Assert.Equal([null, ETag], server.IfNoneMatch);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(folder.Index));
        Assert.Equal(written, File.GetLastWriteTimeUtc(folder.Index));
        using var index = OsvIndex.Open(folder.Index);
        Assert.Equal(ETag, Assert.Single(index.Metadata.Sources).ETag);
        Assert.Equal(2, index.FindByPackage("Go", "example.com/m").Count);
    }

    [Fact]
    public async Task Downloads_a_single_JSON_record()
    {
        using var folder = new TemporaryFolder();
        await using var server = TestServer.Start(new Dictionary<string, byte[]>
        {
            ["/GHSA-1.json"] = """{"id":"GHSA-1","modified":"2024-01-01T00:00:00Z"}"""u8.ToArray(),
        });
        using var http = new HttpClient();

        var summary = await new OsvImporter(http).ImportAsync(folder.Index, [server.Url("/GHSA-1.json")]);

        Assert.Equal(1, summary.Added);
        using var index = OsvIndex.Open(folder.Index);
        Assert.NotNull(index.FindById("GHSA-1"));
    }

    [Fact]
    public async Task Reports_an_HTTP_error_as_a_failed_source()
    {
        using var folder = new TemporaryFolder();
        await using var server = TestServer.Start(new Dictionary<string, byte[]>());
        using var http = new HttpClient();

        var summary = await new OsvImporter(http).ImportAsync(folder.Index, [server.Url("/missing.zip")]);

        Assert.Equal(OsvSourceStatus.Failed, summary.Sources[0].Status);
        Assert.Contains("404", summary.Sources[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_download_over_the_limit()
    {
        using var folder = new TemporaryFolder();
        await using var server = TestServer.Start(new Dictionary<string, byte[]> { ["/big.zip"] = new byte[100_000] });
        using var http = new HttpClient();

        var summary = await new OsvImporter(http, new OsvImportLimits { MaxDownloadBytes = 10_000 }).ImportAsync(folder.Index, [server.Url("/big.zip")]);

        Assert.Equal(OsvSourceStatus.Failed, summary.Sources[0].Status);
        Assert.Contains("download limit", summary.Sources[0].Error, StringComparison.Ordinal);
    }

    /// <summary>A tiny HTTP server on 127.0.0.1 that serves fixed bodies with an ETag and answers 304 to a matching If-None-Match.</summary>
    private sealed class TestServer : IAsyncDisposable
    {
        private readonly HttpListener _listener;
        private readonly Task _loop;
        private readonly int _port;
        private readonly Dictionary<string, byte[]> _files;

        private TestServer(HttpListener listener, int port, Dictionary<string, byte[]> files)
        {
            _listener = listener;
            _port = port;
            _files = files;
            _loop = Task.Run(ServeAsync);
        }

        public List<string?> IfNoneMatch { get; } = [];

        public string Url(string path) => $"http://127.0.0.1:{_port}{path}";

        public static TestServer Start(Dictionary<string, byte[]> files)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            listener.Start();
            return new TestServer(listener, port, files);
        }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                var ifNoneMatch = context.Request.Headers["If-None-Match"];
                lock (IfNoneMatch)
                {
                    IfNoneMatch.Add(ifNoneMatch);
                }

                using var response = context.Response;
                if (!_files.TryGetValue(context.Request.Url!.AbsolutePath, out var body))
                {
                    response.StatusCode = 404;
                    continue;
                }

                response.Headers["ETag"] = ETag;
                if (ifNoneMatch == ETag)
                {
                    response.StatusCode = 304;
                    continue;
                }

                response.ContentLength64 = body.Length;
                await response.OutputStream.WriteAsync(body);
            }
        }

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            _listener.Close();
            await _loop.ConfigureAwait(false);
        }
    }
}
