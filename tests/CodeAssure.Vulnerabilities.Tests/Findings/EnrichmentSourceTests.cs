using System.IO.Compression;
using System.Text;
using CodeAssure.TestSupport;
using CodeAssure.Vulnerabilities.Enrichment;

namespace CodeAssure.Vulnerabilities.Tests.Findings;

public sealed class EnrichmentSourceTests
{
    private const string Csv = "#model_version:v2025.03.14,score_date:2026-11-22T00:00:00Z\ncve,epss,percentile\nCVE-2021-44228,0.94358,0.99957\n";

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    [Fact]
    public async Task Fetches_gzipped_epss_scores_over_http_and_reads_them()
    {
        await using var server = LocalHttpServer.Start(new Dictionary<string, LocalHttpServer.Response>
        {
            ["/epss_scores-current.csv.gz"] = new(Gzip(Csv), "application/gzip"),
        });
        using var http = new HttpClient();

        await using var stream = await EnrichmentSource.OpenAsync(server.Url("/epss_scores-current.csv.gz"), http);
        var scores = await EpssScores.LoadAsync(new StreamReader(stream), "epss");

        Assert.Equal(0.94358, scores.Find("CVE-2021-44228")!.Probability);
    }

    [Fact]
    public async Task Reads_a_local_file_plain_or_gzipped()
    {
        var folder = Directory.CreateTempSubdirectory("codeassure-epss-").FullName;
        try
        {
            var plain = Path.Combine(folder, "epss.csv");
            var zipped = Path.Combine(folder, "epss.bin");
            await File.WriteAllTextAsync(plain, Csv);
            await File.WriteAllBytesAsync(zipped, Gzip(Csv));
            using var http = new HttpClient();

            foreach (var file in new[] { plain, zipped })
            {
                await using var stream = await EnrichmentSource.OpenAsync(file, http);
                Assert.Equal(1, (await EpssScores.LoadAsync(new StreamReader(stream), file)).Count);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Reports_http_errors_missing_files_corrupt_gzip_and_insecure_urls_in_one_message()
    {
        await using var server = LocalHttpServer.Start(new Dictionary<string, LocalHttpServer.Response>
        {
            ["/broken.gz"] = new([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]),
        });
        using var http = new HttpClient();

        var notFound = await Assert.ThrowsAsync<EnrichmentFormatException>(() => EnrichmentSource.OpenAsync(server.Url("/missing"), http));
        var corrupt = await Assert.ThrowsAsync<EnrichmentFormatException>(() => EnrichmentSource.OpenAsync(server.Url("/broken.gz"), http));
        var insecure = await Assert.ThrowsAsync<EnrichmentFormatException>(() => EnrichmentSource.OpenAsync("http://example.org/kev.json", http));
        var missing = await Assert.ThrowsAsync<EnrichmentFormatException>(() => EnrichmentSource.OpenAsync("/nonexistent/kev.json", http));

        Assert.Contains("404", notFound.Message, StringComparison.Ordinal);
        Assert.Contains("gzip", corrupt.Message, StringComparison.Ordinal);
        Assert.Contains("use https", insecure.Message, StringComparison.Ordinal);
        Assert.Contains("file not found", missing.Message, StringComparison.Ordinal);
    }
}
