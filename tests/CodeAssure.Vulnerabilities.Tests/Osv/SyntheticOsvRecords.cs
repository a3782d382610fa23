using System.Globalization;
using System.Text;

namespace CodeAssure.Vulnerabilities.Tests.Osv;

/// <summary>
/// Generates realistic OSV records (shaped like GHSA/PyPA/RustSec ones: aliases, CVSS vector, one to three affected
/// packages with ECOSYSTEM/SEMVER ranges, some GIT ranges and version lists, references, database_specific), with a
/// fixed seed so that runs are repeatable. Used to measure import speed and to test at volume.
/// </summary>
internal static class SyntheticOsvRecords
{
    private static readonly string[] Ecosystems = ["PyPI", "npm", "Maven", "Go", "crates.io", "NuGet", "RubyGems", "Debian:12"];

    public static string Record(int n, Random random, DateTimeOffset? modified = null)
    {
        var id = $"GHSA-{Code(random)}-{Code(random)}-{Code(random)}";
        var when = modified ?? new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 2_500_000));
        var sb = new StringBuilder(2048);
        sb.Append(CultureInfo.InvariantCulture, $$"""{"schema_version":"1.6.0","id":"SYN-{{n:D7}}","modified":"{{when:yyyy-MM-dd'T'HH:mm:ss'Z'}}","published":"{{when.AddDays(-3):yyyy-MM-dd'T'HH:mm:ss'Z'}}",""");
        sb.Append(CultureInfo.InvariantCulture, $$"""
            "aliases":["CVE-{{2015 + random.Next(10)}}-{{random.Next(1000, 99999)}}","{{id}}"],"summary":"Improper input validation in package {{n}}",
            "details":"A crafted request can cause the parser to read past the end of its buffer, leading to a denial of service or information disclosure. Upgrade to the fixed version. {{new string('x', random.Next(50, 600))}}",
            "severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],"affected":[
            """);
        var affectedCount = 1 + random.Next(3);
        for (var a = 0; a < affectedCount; a++)
        {
            var ecosystem = Ecosystems[random.Next(Ecosystems.Length)];
            var name = ecosystem switch
            {
                "Maven" => $"org.example.group{n % 97}:artifact-{n}-{a}",
                "Go" => $"github.com/example{n % 89}/module{n}-{a}",
                _ => $"package-{n % 5000}-{a}",
            };
            var major = random.Next(0, 6);
            sb.Append(a == 0 ? "" : ",");
            sb.Append(CultureInfo.InvariantCulture, $$"""
                {"package":{"ecosystem":"{{ecosystem}}","name":"{{name}}"},"ranges":[{"type":"{{(ecosystem is "Go" or "crates.io" ? "SEMVER" : "ECOSYSTEM")}}","events":[{"introduced":"{{major}}.0.0"},{"fixed":"{{major}}.{{random.Next(1, 20)}}.{{random.Next(0, 9)}}"}]}
                """);
            if (random.Next(4) == 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $$""",{"type":"GIT","repo":"https://github.com/example/{{name.Replace(':', '-')}}","events":[{"introduced":"0"},{"fixed":"{{Sha(random)}}"}]}""");
            }

            sb.Append(']');
            if (random.Next(3) == 0)
            {
                sb.Append(",\"versions\":[");
                var count = random.Next(3, 40);
                for (var v = 0; v < count; v++)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"{(v == 0 ? "" : ",")}\"{major}.0.{v}\"");
                }

                sb.Append(']');
            }

            sb.Append(CultureInfo.InvariantCulture, $$$""","database_specific":{"source":"https://example.org/advisories/{{{n}}}.json"}}""");
        }

        sb.Append(CultureInfo.InvariantCulture, $$$"""
            ],"references":[{"type":"ADVISORY","url":"https://nvd.nist.gov/vuln/detail/CVE-2020-{{{n}}}"},{"type":"WEB","url":"https://example.org/issues/{{{n}}}"},{"type":"PACKAGE","url":"https://example.org/p/{{{n}}}"}],
            "database_specific":{"cwe_ids":["CWE-20"],"severity":"HIGH","github_reviewed":true,"nvd_published_at":null}}
            """);
        return sb.ToString();
    }

    /// <summary>Writes <paramref name="count"/> records as files SYN-nnnnnnn.json into <paramref name="folder"/>.</summary>
    public static void WriteFolder(string folder, int count, int seed = 42)
    {
        var random = new Random(seed);
        Directory.CreateDirectory(folder);
        for (var n = 0; n < count; n++)
        {
            File.WriteAllText(Path.Combine(folder, $"SYN-{n:D7}.json"), Record(n, random));
        }
    }

    private static string Code(Random random)
    {
        const string alphabet = "23456789cfghjmpqrvwx";
        return string.Create(4, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[r.Next(alphabet.Length)];
            }
        });
    }

    private static string Sha(Random random)
    {
        var bytes = new byte[20];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }
}
