using System.Text;
using CodeAssure.Advisories.Csaf.Authoring;
using CodeAssure.Advisories.Csaf.Model;
using CodeAssure.Advisories.Csaf.Validation;
using CodeAssure.Advisories.Vex;

namespace CodeAssure.Advisories.Tests.Authoring;

/// <summary>Many generated advisories (seeded, so reproducible): every one must pass the schema and every 6.1 test.</summary>
public sealed class AdvisoryComposerRandomTests
{
    private static readonly string[] Ids = ["CVE-2026-0001", "CVE-2025-12345", "GHSA-aaaa-bbbb-cccc", "PYSEC-2026-7", "GO-2026-1234", "ACME-42", "RUSTSEC-2026-0001"];
    private static readonly string[] Vectors =
    [
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CVSS:3.0/AV:L/AC:H/PR:H/UI:R/S:C/C:N/I:L/A:N", "CVSS:3.1/AV:P/AC:L/PR:L/UI:N/S:U/C:N/I:N/A:N",
        "AV:N/AC:M/Au:S/C:P/I:N/A:N", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "not a vector", "",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N/E:F/RL:W/RC:R/MAV:A",
    ];
    private static readonly string[] Cwes = ["CWE-79", "CWE-89", "CWE-99999", "CWE-0", "bogus", "CWE-502"];
    private static readonly string?[] Texts = [null, "", "  ", "Plain text.", "<b>bold</b> & \"quotes\"", "Ünïcödé ✓ 漢字", "line\nbreak"];

    [Fact]
    public void Generated_advisories_always_pass_schema_and_mandatory_tests()
    {
        var random = new Random(20260301);
        var validator = new CsafValidator();
        var failures = new List<string>();
        for (var run = 0; run < 150; run++)
        {
            var content = Generate(random);
            var report = validator.Validate(Encoding.UTF8.GetBytes(AdvisoryComposer.ComposeJson(content)));
            if (!report.IsValid)
            {
                failures.Add($"run {run}: " + string.Join("; ", report.SchemaProblems.Select(p => p.ToString())
                    .Concat(report.Findings.Where(f => f.Group == CsafTestGroup.Mandatory).Select(f => $"{f.TestId} {f.Path} {f.Message}"))));
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(10)));
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static AdvisoryContent Generate(Random random)
    {
        var products = Enumerable.Range(0, random.Next(1, 7)).Select(i => new AdvisoryProduct(
            "k" + i,
            Pick(random, new[] { "Acme", "Acme Ltd", "Ünïcödé GmbH" }),
            Pick(random, new[] { "Widget", "Gadget", "<Portal>" }),
            random.Next(4) == 0 ? null : Pick(random, new[] { "1.0.0", "2.3", "2026.01-rc1", "v10" }) + "." + i,
            random.Next(3) == 0 ? "pkg:generic/acme/widget@" + i : random.Next(5) == 0 ? "not a purl" : null)).ToList();
        var vulnerabilities = Ids.OrderBy(_ => random.Next()).Take(random.Next(1, 5)).Select(id => new AdvisoryVulnerability
        {
            Id = id,
            Aliases = random.Next(2) == 0 ? [] : [Pick(random, Ids)],
            Title = Pick(random, Texts),
            Description = Pick(random, Texts),
            Cwes = Enumerable.Range(0, random.Next(3)).Select(_ => Pick(random, Cwes)).ToList(),
            CvssVector = Pick(random, Vectors),
            States = Enumerable.Range(0, random.Next(1, 8)).Select(_ => new ProductVulnerabilityState(
                Pick(random, products).Key,
                (VexStatus)random.Next(4),
                random.Next(3) == 0 ? null : (VexJustification)random.Next(5),
                Pick(random, Texts),
                random.Next(2) == 0 ? null : Pick(random, new[] { "1.1.0", " ", "3.0.0-beta" }),
                random.Next(2) == 0 ? null : "pkg:npm/lib@1.0.0")).ToList(),
        }).ToList();

        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(100_000));
        IReadOnlyList<Revision> history = AdvisoryRevisionHistory.StartDraft(start);
        var final = random.Next(3) != 0;
        if (final)
        {
            history = AdvisoryRevisionHistory.Publish(history, start.AddDays(1));
            for (var i = random.Next(4); i > 0; i--)
            {
                history = AdvisoryRevisionHistory.Revise(history, start.AddDays(random.Next(-3, 30)), "Revision " + i);
            }
        }
        else
        {
            for (var i = random.Next(3); i > 0; i--)
            {
                history = AdvisoryRevisionHistory.UpdateDraft(history, start.AddHours(random.Next(-5, 50)));
            }
        }

        return new AdvisoryContent
        {
            Publisher = new AdvisoryPublisher("Acme", new Uri("https://example.com/trust/acme/")),
            TrackingId = "acme-2026-" + random.Next(10000).ToString("0000", System.Globalization.CultureInfo.InvariantCulture),
            Title = Pick(random, new[] { "Advisory", "<script>x</script>", "Ünïcödé ✓" }),
            Summary = Pick(random, Texts),
            Details = Pick(random, Texts),
            Products = products,
            Vulnerabilities = vulnerabilities,
            IsFinal = final,
            Revisions = history,
        };
    }
}
