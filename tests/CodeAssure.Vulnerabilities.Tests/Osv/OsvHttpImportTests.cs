using System.IO.Compression;
using CodeAssure.TestSupport;
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
        await using var server = Serve(new Dictionary<string, byte[]> { ["/Go/all.zip"] = ZipOf("GO-1", "GO-2") });
        using var http = new HttpClient();
        var url = server.Url("/Go/all.zip");

        var first = await new OsvImporter(http).ImportAsync(folder.Index, [url]);
        var written = File.GetLastWriteTimeUtc(folder.Index);
        var bytes = await File.ReadAllBytesAsync(folder.Index);
        var second = await new OsvImporter(http).ImportAsync(folder.Index, [url]);

        Assert.Equal((OsvSourceStatus.Imported, 2, ETag), (first.Sources[0].Status, first.Sources[0].Read, first.Sources[0].ETag));
        Assert.Equal(OsvSourceStatus.NotModified, second.Sources[0].Status);
        Assert.False(second.IndexWritten);
        Assert.Equal([null, ETag], IfNoneMatch(server));
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
        await using var server = Serve(new Dictionary<string, byte[]>
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
        await using var server = Serve(new Dictionary<string, byte[]>());
        using var http = new HttpClient();

        var summary = await new OsvImporter(http).ImportAsync(folder.Index, [server.Url("/missing.zip")]);

        Assert.Equal(OsvSourceStatus.Failed, summary.Sources[0].Status);
        Assert.Contains("404", summary.Sources[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_download_over_the_limit()
    {
        using var folder = new TemporaryFolder();
        await using var server = Serve(new Dictionary<string, byte[]> { ["/big.zip"] = new byte[100_000] });
        using var http = new HttpClient();

        var summary = await new OsvImporter(http, new OsvImportLimits { MaxDownloadBytes = 10_000 }).ImportAsync(folder.Index, [server.Url("/big.zip")]);

        Assert.Equal(OsvSourceStatus.Failed, summary.Sources[0].Status);
        Assert.Contains("download limit", summary.Sources[0].Error, StringComparison.Ordinal);
    }

    // Serves fixed bodies with an ETag and answers 304 to a matching If-None-Match, as OSV's bucket does.
    private static LocalHttpServer Serve(Dictionary<string, byte[]> files) => LocalHttpServer.Start(
        files.ToDictionary(f => f.Key, f => new LocalHttpServer.Response(f.Value)
        {
            Headers = new Dictionary<string, string> { ["ETag"] = ETag },
            OnRequest = request => request.Headers["If-None-Match"] == ETag
                ? new LocalHttpServer.Response([], Status: 304) { Headers = new Dictionary<string, string> { ["ETag"] = ETag } }
                : null,
        }));

    private static List<string?> IfNoneMatch(LocalHttpServer server) => [.. server.Requests.Select(r => r.Headers["If-None-Match"])];
}
