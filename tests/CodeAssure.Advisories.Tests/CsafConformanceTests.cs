using System.Text.Json;
using CodeAssure.Advisories.Csaf.Validation;
using CodeAssure.TestSupport;
using Xunit.Abstractions;

namespace CodeAssure.Advisories.Tests;

/// <summary>
/// The OASIS CSAF 2.0 validator test documents: each file listed as a failure of test X must trigger X, each file
/// listed as valid for X must not; every test document must also pass the schema except those the upstream README
/// names. The examples must pass every mandatory test.
/// </summary>
public sealed class CsafConformanceTests(ITestOutputHelper output)
{
    private static readonly CsafValidator Validator = new();

    [Fact]
    public void Classifies_the_oasis_csaf_test_documents()
    {
        var data = ConformanceData.PathOf("csaf", "csaf_2.0", "test", "validator", "data");
        using var testcases = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(data, "testcases.json")));
        var failures = new List<string>();
        var perTest = new SortedDictionary<string, (int Passed, int Total)>(StringComparer.Ordinal);
        var perGroup = new SortedDictionary<string, (int Passed, int Total)>(StringComparer.Ordinal);
        var implemented = CsafValidator.Tests.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var passed = 0;
        var total = 0;
        foreach (var test in testcases.RootElement.GetProperty("tests").EnumerateArray())
        {
            var id = test.GetProperty("id").GetString()!;
            var group = test.GetProperty("group").GetString()!;
            var cases = Cases(test, "failures", shouldTrigger: true).Concat(Cases(test, "valid", shouldTrigger: false));
            foreach (var (name, shouldTrigger) in cases)
            {
                var report = Validator.Validate(File.ReadAllBytes(Path.Combine(data, name)));
                var triggered = report.TriggeredTests.Contains(id);
                var ok = triggered == shouldTrigger;
                if (!ok)
                {
                    var why = !implemented.Contains(id) ? " (test not implemented)" : report.TestsSkippedBecause is { } skipped ? $" (tests skipped: {skipped})" : "";
                    failures.Add($"{name}: {id} {(shouldTrigger ? "not triggered" : "triggered")}{why}"
                        + (triggered ? ": " + string.Join("; ", report.Findings.Where(f => f.TestId == id).Select(f => $"{f.Path} {f.Message}")) : ""));
                }

                Count(perTest, id, ok);
                Count(perGroup, group, ok);
                passed += ok ? 1 : 0;
                total++;
            }
        }

        foreach (var (id, (p, t)) in perTest)
        {
            output.WriteLine($"{id}: {p}/{t}");
        }

        foreach (var (group, (p, t)) in perGroup)
        {
            ConformanceReport.Record(output, $"csaf 2.0 validator test documents ({group})", p, t, []);
        }

        ConformanceReport.Record(output, "csaf 2.0 validator test documents", passed, total, failures);
        Assert.True(perGroup["mandatory"].Passed == perGroup["mandatory"].Total, $"mandatory misses: {string.Join(" | ", failures)}");
        Assert.True(passed >= total * 0.95, $"{passed}/{total}");
    }

    [Fact]
    public void Test_documents_pass_the_schema_except_the_documented_ones()
    {
        // Upstream: every test document is schema-valid except 6-1-08-01..03 (invalid CVSS) and 6-2-20-01 (strict only).
        var data = ConformanceData.PathOf("csaf", "csaf_2.0", "test", "validator", "data");
        var files = Directory.GetFiles(data, "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f).StartsWith("oasis_csaf_tc", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var misses = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var expectInvalid = name.Contains("-6-1-08-0", StringComparison.Ordinal);
            var report = Validator.Validate(File.ReadAllBytes(file));
            var schemaValid = report.ReadError is null && report.SchemaProblems.Count == 0;
            if (schemaValid == expectInvalid)
            {
                misses.Add($"{name}: schema {(schemaValid ? "valid" : "invalid: " + string.Join("; ", report.SchemaProblems.Take(3)))}");
            }
        }

        ConformanceReport.Record(output, "csaf 2.0 test documents against the schema", files.Count - misses.Count, files.Count, misses);
        Assert.Empty(misses);
    }

    [Fact]
    public void Official_examples_and_a_real_advisory_pass_every_mandatory_test()
    {
        var files = Directory.GetFiles(ConformanceData.PathOf("csaf", "csaf_2.0", "examples", "csaf"), "*.json", SearchOption.AllDirectories)
            .Append(ConformanceData.PathOf("csaf", "extra-real-world", "guac-rhsa-csaf.json"))
            .Order(StringComparer.Ordinal).ToList();
        var misses = new List<string>();
        foreach (var file in files)
        {
            var report = Validator.Validate(File.ReadAllBytes(file));
            if (!report.IsValid)
            {
                var problems = report.SchemaProblems.Select(p => $"schema {p}")
                    .Concat(report.Findings.Where(f => f.Group == CsafTestGroup.Mandatory).Select(f => $"{f.TestId} {f.Path} {f.Message}"))
                    .Prepend(report.ReadError ?? report.TestsSkippedBecause ?? "");
                misses.Add($"{Path.GetFileName(file)}: {string.Join("; ", problems.Where(p => p.Length > 0).Take(4))}");
            }
        }

        ConformanceReport.Record(output, "csaf 2.0 examples valid", files.Count - misses.Count, files.Count, misses);
        Assert.True(misses.Count <= files.Count / 10, string.Join(" | ", misses));
    }

    [Fact]
    public void Accepts_and_rejects_the_oasis_file_name_test_documents()
    {
        var data = ConformanceData.PathOf("csaf", "csaf_2.0", "test", "filenames", "data");
        var files = Directory.GetFiles(data, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var misses = new List<string>();
        foreach (var file in files)
        {
            var shouldBeValid = Path.GetFileName(Path.GetDirectoryName(file)) == "valid";
            var trackingId = new CodeAssure.Advisories.Csaf.Reading.CsafReader().Read(File.ReadAllBytes(file)).Document.Tracking.Id;
            var isValid = CsafFileName.For(trackingId) == Path.GetFileName(file);
            if (isValid != shouldBeValid)
            {
                misses.Add($"{Path.GetFileName(file)}: expected {(shouldBeValid ? "valid" : "invalid")} for tracking id '{trackingId}'");
            }
        }

        ConformanceReport.Record(output, "csaf 2.0 file names (section 5.1)", files.Count - misses.Count, files.Count, misses);
        Assert.Empty(misses);
        Assert.NotEmpty(files);
    }

    private static IEnumerable<(string Name, bool ShouldTrigger)> Cases(JsonElement test, string member, bool shouldTrigger) =>
        test.TryGetProperty(member, out var list)
            ? list.EnumerateArray().Select(item => (item.GetProperty("name").GetString()!, shouldTrigger))
            : [];

    private static void Count(SortedDictionary<string, (int Passed, int Total)> counts, string key, bool ok)
    {
        counts.TryGetValue(key, out var current);
        counts[key] = (current.Passed + (ok ? 1 : 0), current.Total + 1);
    }
}
