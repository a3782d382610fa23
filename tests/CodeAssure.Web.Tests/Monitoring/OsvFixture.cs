using System.Text.Json;
using CodeAssure.Vulnerabilities.Osv;

namespace CodeAssure.Web.Tests.Monitoring;

/// <summary>Builds an OSV index from a few hand-written OSV records, as <c>codeassure osv import</c> would.</summary>
internal static class OsvFixture
{
    /// <summary>lodash before 4.17.21 (npm), with a CVSS 3.1 vector (7.2, high).</summary>
    public static readonly Dictionary<string, object?> Lodash = Record(
        "GHSA-35jh-r3h4-6jhm", ["CVE-2021-23337"], "Command injection in lodash", "npm", "lodash", "4.17.21",
        "CVSS_V3", "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H");

    /// <summary>minimist before 1.2.6 (npm), with a CVSS 3.1 vector (9.8, critical).</summary>
    public static readonly Dictionary<string, object?> Minimist = Record(
        "GHSA-xvch-5gv4-984h", ["CVE-2021-44906"], "Prototype pollution in minimist", "npm", "minimist", "1.2.6",
        "CVSS_V3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");

    /// <summary>requests before 2.31.0 (PyPI), without a severity.</summary>
    public static readonly Dictionary<string, object?> Requests = Record(
        "PYSEC-2023-74", ["CVE-2023-32681"], "Unintended leak of Proxy-Authorization header", "PyPI", "requests", "2.31.0", null, null);

    /// <summary>Writes the records to a folder and imports them into <paramref name="indexPath"/> (added to what is there).</summary>
    public static async Task ImportAsync(string indexPath, params object[] records)
    {
        var folder = Path.Combine(Path.GetDirectoryName(indexPath)!, "records-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var record in records)
        {
            var id = JsonSerializer.SerializeToElement(record).GetProperty("id").GetString()!;
            await File.WriteAllTextAsync(Path.Combine(folder, id + ".json"), JsonSerializer.Serialize(record));
        }

        var summary = await new OsvImporter().ImportAsync(indexPath, [folder]);
        Assert.True(summary.IndexWritten, "the OSV fixture was not imported");
        Directory.Delete(folder, recursive: true);
    }

    private static Dictionary<string, object?> Record(string id, string[] aliases, string summary, string ecosystem, string name, string fixedIn, string? severityType, string? vector) =>
        new Dictionary<string, object?>
        {
            ["schema_version"] = "1.6.0",
            ["id"] = id,
            ["modified"] = "2024-01-01T00:00:00Z",
            ["published"] = "2023-01-01T00:00:00Z",
            ["aliases"] = aliases,
            ["summary"] = summary,
            ["severity"] = severityType is null ? Array.Empty<object>() : new object[] { new { type = severityType, score = vector } },
            ["affected"] = new object[]
            {
                new
                {
                    package = new { ecosystem, name },
                    ranges = new object[] { new { type = "ECOSYSTEM", events = new object[] { new { introduced = "0" }, new { @fixed = fixedIn } } } },
                },
            },
        };
}
