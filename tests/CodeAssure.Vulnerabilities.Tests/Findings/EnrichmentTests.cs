using System.Text;
using CodeAssure.Vulnerabilities.Enrichment;

namespace CodeAssure.Vulnerabilities.Tests.Findings;

public sealed class EnrichmentTests
{
    private const string Kev = """
        {"title":"CISA Catalog of Known Exploited Vulnerabilities","catalogVersion":"2026.11.20","dateReleased":"2026-11-20T17:03:44.6929Z","count":2,
         "vulnerabilities":[
          {"cveID":"CVE-2021-44228","vendorProject":"Apache","product":"Log4j2","vulnerabilityName":"Apache Log4j2 Remote Code Execution Vulnerability","dateAdded":"2021-12-10","shortDescription":"…","requiredAction":"…","dueDate":"2021-12-24","knownRansomwareCampaignUse":"Known","notes":"","cwes":["CWE-20"]},
          {"cveID":"CVE-2023-4863","vendorProject":"Google","product":"Chromium WebP","vulnerabilityName":"…","dateAdded":"2023-09-13","dueDate":"2023-10-04","knownRansomwareCampaignUse":"Unknown"}
         ]}
        """;

    private static Task<KevCatalog> LoadKev(string json) =>
        KevCatalog.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), "kev.json");

    private static Task<EpssScores> LoadEpss(string csv) => EpssScores.LoadAsync(new StringReader(csv), "epss.csv");

    [Fact]
    public async Task Reads_the_kev_catalogue_and_finds_cves_ignoring_case()
    {
        var kev = await LoadKev(Kev);

        Assert.Equal(2, kev.Count);
        Assert.Equal("2026.11.20", kev.CatalogVersion);
        var log4shell = kev.Find("cve-2021-44228");
        Assert.NotNull(log4shell);
        Assert.Equal(new DateOnly(2021, 12, 10), log4shell.DateAdded);
        Assert.True(log4shell.KnownRansomwareUse);
        Assert.False(kev.Find("CVE-2023-4863")!.KnownRansomwareUse);
        Assert.Null(kev.Find("CVE-2000-0001"));
    }

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("{\"vulnerabilities\": [", "not valid JSON")]
    [InlineData("[]", "not a KEV catalogue")]
    [InlineData("{\"vulnerabilities\": \"x\"}", "not a KEV catalogue")]
    [InlineData("{\"vulnerabilities\": [{\"dateAdded\": \"2021-01-01\"}]}", "/vulnerabilities/0: no cveID")]
    [InlineData("{\"vulnerabilities\": [{\"cveID\": \"CVE-1\", \"dateAdded\": \"yesterday\"}]}", "dateAdded 'yesterday' is not a date")]
    public async Task Refuses_malformed_kev_catalogues_with_a_clear_message(string json, string expected)
    {
        var error = await Assert.ThrowsAsync<EnrichmentFormatException>(() => LoadKev(json));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("kev.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_hostile_nesting_in_the_kev_catalogue()
    {
        await Assert.ThrowsAsync<EnrichmentFormatException>(() => LoadKev(new string('[', 10_000)));
    }

    [Fact]
    public async Task Reads_epss_csv_with_its_model_comment()
    {
        var epss = await LoadEpss("#model_version:v2025.03.14,score_date:2026-11-22T12:55:00Z\ncve,epss,percentile\nCVE-2021-44228,0.94358,0.99957\ncve-2023-4863,0.5,0.97\n");

        Assert.Equal(2, epss.Count);
        Assert.Equal("v2025.03.14", epss.ModelVersion);
        Assert.Equal(0.94358, epss.Find("CVE-2021-44228")!.Probability);
        Assert.Equal(0.97, epss.Find("CVE-2023-4863")!.Percentile);
    }

    [Theory]
    [InlineData("", "no EPSS header")]
    [InlineData("cve,score\nCVE-1,0.1", ":1: expected the header")]
    [InlineData("cve,epss,percentile\nCVE-2021-1,1.5,0.2", ":2: expected")]
    [InlineData("cve,epss,percentile\nnot-a-cve,0.1,0.2", ":2: expected")]
    [InlineData("cve,epss,percentile\nCVE-2021-1,0.1", ":2: expected")]
    public async Task Refuses_malformed_epss_files_with_the_line_number(string csv, string expected)
    {
        var error = await Assert.ThrowsAsync<EnrichmentFormatException>(() => LoadEpss(csv));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
