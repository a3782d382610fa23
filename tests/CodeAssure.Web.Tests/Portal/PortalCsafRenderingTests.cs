using System.Net;
using System.Text.Json;
using CodeAssure.Data.Entities;
using CodeAssure.TestSupport;
using CodeAssure.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CodeAssure.Web.Tests.Portal;

/// <summary>
/// Real CSAF 2.0 documents (the OASIS examples, the file-name test documents and a Red Hat advisory) rendered as portal
/// pages: each page shows the title, the tracking id, every CVE and every revision, and links the JSON under the file
/// name CSAF 2.0 §5.1 gives it.
/// </summary>
public sealed class PortalCsafRenderingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Real_CSAF_documents_render_with_title_CVEs_revisions_and_their_CSAF_file_name()
    {
        var files = new[]
            {
                ConformanceData.PathOf("csaf", "csaf_2.0", "examples", "csaf"),
                ConformanceData.PathOf("csaf", "csaf_2.0", "examples", "csaf", "csaf_vex"),
                ConformanceData.PathOf("csaf", "csaf_2.0", "test", "filenames", "data", "valid"),
                ConformanceData.PathOf("csaf", "extra-real-world"),
            }
            .Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.json"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count >= 5, $"expected the CSAF examples under {ConformanceData.Root}");

        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var owner = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(owner, "vendor");
        var orgId = await Scenario.OrganisationIdAsync(server, "vendor");
        await Scenario.SetPortalVisibilityAsync(server, "vendor", PortalVisibility.Public);

        var documents = new List<(string File, string TrackingId, JsonElement Root)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var json = await File.ReadAllTextAsync(file);
            var root = JsonDocument.Parse(json).RootElement.Clone();
            var tracking = root.GetProperty("document").GetProperty("tracking");
            var id = tracking.GetProperty("id").GetString()!;
            if (!seen.Add(id))
            {
                continue;
            }

            var initial = tracking.GetProperty("initial_release_date").GetDateTimeOffset();
            var advisory = Scenario.NewAdvisory(orgId, id, root.GetProperty("document").GetProperty("title").GetString()!, json, released: initial);
            advisory.CurrentReleaseDate = tracking.GetProperty("current_release_date").GetDateTimeOffset();
            await Scenario.AddRowsAsync(server, advisory);
            documents.Add((file, id, root));
        }

        using var anonymous = server.NewClient();
        var failures = new List<string>();
        foreach (var (file, id, root) in documents)
        {
            using var response = await anonymous.GetAsync("/trust/vendor/advisories/" + Uri.EscapeDataString(id));
            var html = await response.Content.ReadAsStringAsync();
            var name = Path.GetFileName(file);
            var year = root.GetProperty("document").GetProperty("tracking").GetProperty("initial_release_date").GetDateTimeOffset().UtcDateTime.Year;
            var expectedFile = name.StartsWith("oasis_csaf_tc", StringComparison.Ordinal) || name.StartsWith("rhsa", StringComparison.Ordinal) || name.StartsWith("bsi", StringComparison.Ordinal) || name.StartsWith("cisco", StringComparison.Ordinal)
                ? name // these examples are published under their §5.1 names
                : null;
            var problems = new List<string>();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"status {(int)response.StatusCode}");
            }

            if (html.Contains("could not be shown here", StringComparison.Ordinal))
            {
                problems.Add("the document was not read");
            }

            if (!html.Contains(WebUtility.HtmlEncode(id), StringComparison.Ordinal))
            {
                problems.Add("tracking id missing");
            }

            foreach (var cve in Vulnerabilities(root).Select(v => v.TryGetProperty("cve", out var c) ? c.GetString() : null).OfType<string>())
            {
                if (!html.Contains(cve, StringComparison.Ordinal))
                {
                    problems.Add($"{cve} missing");
                }
            }

            var revisions = root.GetProperty("document").GetProperty("tracking").GetProperty("revision_history").GetArrayLength();
            if (CountOf(html, "<tr><th scope=\"row\">") < revisions)
            {
                problems.Add($"fewer than {revisions} revision rows");
            }

            if (expectedFile is not null && !html.Contains($"/trust/vendor/csaf/{year}/{expectedFile}\"", StringComparison.Ordinal))
            {
                problems.Add($"no link to csaf/{year}/{expectedFile}");
            }

            if (problems.Count > 0)
            {
                failures.Add($"{name}: {string.Join("; ", problems)}");
            }
        }

        ConformanceReport.Record(output, "trust portal: CSAF documents rendered", documents.Count - failures.Count, documents.Count, failures);
        Assert.Empty(failures);
    }

    private static List<JsonElement> Vulnerabilities(JsonElement root) =>
        root.TryGetProperty("vulnerabilities", out var list) && list.ValueKind == JsonValueKind.Array ? [.. list.EnumerateArray()] : [];

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
