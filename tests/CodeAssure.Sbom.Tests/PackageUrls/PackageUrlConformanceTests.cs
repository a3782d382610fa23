using System.Text.Json;
using CodeAssure.Sbom.PackageUrls;
using CodeAssure.TestSupport;
using Xunit.Abstractions;

namespace CodeAssure.Sbom.Tests.PackageUrls;

/// <summary>
/// Runs the official purl-spec test suite (every file under tests/, schema 0.2) and the legacy flat test file, case by
/// case, against <see cref="PackageUrl"/>.
/// </summary>
public sealed class PackageUrlConformanceTests(ITestOutputHelper output)
{
    /// <summary>
    /// Cases whose expectation contradicts another case of the same suite, or the current specification, so that no
    /// implementation can pass both. Each is listed with why; they are counted as misses, never silently skipped.
    /// </summary>
    private static readonly Dictionary<string, string> Contradicted = new(StringComparer.Ordinal)
    {
        // The suite disagrees with itself on upper-case qualifier keys: maven-test.json requires parsing
        // "?classifier=sources&repositorY_url=…" to the key "repository_url" (and how-to-parse says "the key is the
        // lowercase left side"), while these two require the same kind of input to be rejected. We lower-case keys.
        ["parse \"pkg:gem/jruby-launcher@1.1.2?Platform=java\""] =
            "maven-test.json requires upper-case keys to be lower-cased, this case requires rejecting them",
        ["parse \"pkg:Rpm/fedora/curl@7.50.3-1.fc25?Arch=i386&Distro=fedora-25\""] =
            "maven-test.json requires upper-case keys to be lower-cased, this case requires rejecting them",

        // A 'recommended' case against the type's own definition: git-definition.json declares namespace and name
        // "case_sensitive": true, so lower-casing them would change the identity of the repository.
        ["validate \"pkg:git/github/Package-url/purl-Spec@244fd47e07d1004f0aed9c\""] =
            "git-definition.json says namespace and name are case sensitive; this recommended case lower-cases them",
    };

    /// <summary>
    /// Legacy cases (test-suite-data.json, before the suite was rewritten in 2025) whose expectation the current
    /// specification and type definitions have since changed.
    /// </summary>
    private static readonly Dictionary<string, string> Superseded = new(StringComparer.Ordinal)
    {
        ["pkg:GOLANG/google.golang.org/genproto@abcdedf#/googleapis/%2E%2E/api/annotations/"] =
            "its own canonical_purl drops '..', its decoded subpath keeps it; the specification discards '.' and '..' segments",
        ["pkg:GOLANG/google.golang.org/genproto@abcdedf#/googleapis/%2E/api/annotations/"] =
            "its own canonical_purl drops '.', its decoded subpath keeps it; the specification discards '.' and '..' segments",
        ["pkg:conan/bincrafters/cctz@2.3"] =
            "conan-definition.json no longer ties a namespace to a channel qualifier (user and channel are optional)",
        ["pkg:conan/cctz@2.3?channel=stable"] =
            "conan-definition.json no longer ties a channel qualifier to a namespace (user and channel are optional)",
        ["pkg:cran/A3"] = "cran-definition.json makes the version optional",
        ["pkg:swift/github.com/Alamofire/Alamofire"] = "swift-definition.json makes the version optional",
        ["pkg:huggingface/distilbert-base-uncased@043235d6088ecd3dd5fb5ca3592b6913fd516027"] =
            "huggingface-definition.json now requires a namespace",
        ["pkg:cpan/URI::PackageURL@2.11"] =
            "cpan-definition.json: a distribution name shall not contain '::' (cpan-test.json requires rejecting it)",
        ["pkg:cpan/Perl-Version@1.013"] =
            "cpan-definition.json: the name is the distribution name (cpan-test.json requires accepting pkg:cpan/URI-PackageURL)",
    };

    [Fact]
    public void Passes_the_purl_spec_test_suite()
    {
        var folder = ConformanceData.PathOf("purl-spec", "tests");
        var files = Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);

        var total = 0;
        var passed = 0;
        var failures = new List<string>();
        var unexplained = new List<string>();
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var index = -1;
            foreach (var testCase in document.RootElement.GetProperty("tests").EnumerateArray())
            {
                total++;
                index++;
                var testType = testCase.GetProperty("test_type").GetString()!;
                var input = testCase.GetProperty("input");
                var expected = testCase.TryGetProperty("expected_output", out var output) ? output : default;
                var expectFailure = testCase.TryGetProperty("expected_failure", out var failure) && failure.ValueKind == JsonValueKind.True;
                var miss = RunCase(testType, input, expected, expectFailure);
                if (miss is null)
                {
                    passed++;
                    continue;
                }

                var key = $"{testType} {input.GetRawText()}";
                var where = $"{Path.GetRelativePath(folder, file)}[{index}] {testType} {input.GetRawText()}: {miss}";
                failures.Add(Contradicted.TryGetValue(key, out var why) ? $"{where} (contradicted upstream: {why})" : where);
                if (why is null)
                {
                    unexplained.Add(where);
                }
            }
        }

        ConformanceReport.Record(output, "purl-spec tests (schema 0.2)", passed, total, failures);
        Assert.True(total >= 500, $"expected the full suite, found {total} cases");
        Assert.Empty(unexplained);
    }

    [Fact]
    public void Passes_the_legacy_purl_test_suite_except_where_the_specification_changed()
    {
        var file = ConformanceData.PathOf("purl-spec", "legacy", "test-suite-data.json");
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var total = 0;
        var passed = 0;
        var failures = new List<string>();
        var unexplained = new List<string>();
        foreach (var testCase in document.RootElement.EnumerateArray())
        {
            total++;
            var input = testCase.GetProperty("purl").GetString()!;
            var miss = RunLegacyCase(input, testCase);
            if (miss is null)
            {
                passed++;
                continue;
            }

            var where = $"legacy '{testCase.GetProperty("description").GetString()}' {input}: {miss}";
            failures.Add(Superseded.TryGetValue(input, out var why) ? $"{where} (superseded: {why})" : where);
            if (why is null)
            {
                unexplained.Add(where);
            }
        }

        ConformanceReport.Record(output, "purl-spec legacy test-suite-data.json", passed, total, failures);
        Assert.True(total >= 50, $"expected the full legacy file, found {total} cases");
        Assert.Empty(unexplained);
    }

    /// <summary>
    /// A legacy case passes when validity matches and the decoded components match; its canonical_purl must denote the
    /// same purl (parse to an equal value) — compared as values because its strings predate the current encoding rules
    /// (e.g. '/' in qualifier values, now %2F).
    /// </summary>
    private static string? RunLegacyCase(string input, JsonElement testCase)
    {
        var ok = PackageUrl.TryParse(input, out var purl, out var error);
        if (testCase.GetProperty("is_invalid").GetBoolean())
        {
            return ok ? $"expected a failure, parsed as {purl}" : null;
        }

        if (!ok)
        {
            return $"failed: {error}";
        }

        var canonicalText = StringOrNull(testCase, "canonical_purl");
        if (!PackageUrl.TryParse(canonicalText, out var canonical, out var canonicalError))
        {
            return $"its canonical_purl does not parse: {canonicalError}";
        }

        if (canonical != purl)
        {
            return $"parsed as {purl}, but canonical_purl is {canonical}";
        }

        return CompareComponents(purl, testCase);
    }

    private static string? RunCase(string testType, JsonElement input, JsonElement expected, bool expectFailure) => testType switch
    {
        "parse" => RunParse(input.GetString()!, expected, expectFailure),
        "validate" => RunValidate(input.GetString()!, expected, expectFailure),
        "build" => RunBuild(input, expected, expectFailure),
        _ => $"unknown test_type '{testType}'",
    };

    private static string? RunParse(string input, JsonElement expected, bool expectFailure)
    {
        var ok = PackageUrl.TryParse(input, out var purl, out var error);
        if (expectFailure)
        {
            return ok ? $"expected a failure, parsed as {purl}" : null;
        }

        return ok ? CompareComponents(purl!, expected) : $"failed: {error}";
    }

    private static string? RunValidate(string input, JsonElement expected, bool expectFailure)
    {
        var ok = PackageUrl.TryParse(input, out var purl, out var error);
        if (expectFailure)
        {
            return ok ? $"expected a failure, got {purl}" : null;
        }

        if (!ok)
        {
            return $"failed: {error}";
        }

        var canonical = expected.ValueKind == JsonValueKind.String ? expected.GetString() : null;
        return purl!.ToString() == canonical ? null : $"expected {canonical}, got {purl}";
    }

    private static string? RunBuild(JsonElement input, JsonElement expected, bool expectFailure)
    {
        PackageUrl purl;
        try
        {
            purl = new PackageUrl(
                StringOrNull(input, "type")!,
                StringOrNull(input, "namespace"),
                StringOrNull(input, "name")!,
                StringOrNull(input, "version"),
                QualifiersOf(input),
                StringOrNull(input, "subpath"));
        }
        catch (PackageUrlFormatException e)
        {
            return expectFailure ? null : $"failed: {e.Message}";
        }

        if (expectFailure)
        {
            return $"expected a failure, built {purl}";
        }

        var canonical = expected.ValueKind == JsonValueKind.String ? expected.GetString() : null;
        return purl.ToString() == canonical ? null : $"expected {canonical}, got {purl}";
    }

    internal static string? CompareComponents(PackageUrl purl, JsonElement expected)
    {
        var differences = new List<string>();
        Compare("type", purl.Type, StringOrNull(expected, "type"));
        Compare("namespace", purl.Namespace, StringOrNull(expected, "namespace"));
        Compare("name", purl.Name, StringOrNull(expected, "name"));
        Compare("version", purl.Version, StringOrNull(expected, "version"));
        Compare("subpath", purl.Subpath, StringOrNull(expected, "subpath"));
        var expectedQualifiers = (QualifiersOf(expected) ?? [])
            .Where(q => !string.IsNullOrEmpty(q.Value))
            .OrderBy(q => q.Key, StringComparer.Ordinal)
            .Select(q => $"{q.Key}={q.Value}");
        Compare("qualifiers", string.Join('&', purl.Qualifiers.Select(q => $"{q.Key}={q.Value}")), string.Join('&', expectedQualifiers));
        return differences.Count == 0 ? null : string.Join("; ", differences);

        void Compare(string component, string? actual, string? wanted)
        {
            if (!string.Equals(actual, wanted, StringComparison.Ordinal))
            {
                differences.Add($"{component}: expected '{wanted}', got '{actual}'");
            }
        }
    }

    internal static string? StringOrNull(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    internal static List<KeyValuePair<string, string>>? QualifiersOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("qualifiers", out var value) && value.ValueKind == JsonValueKind.Object
            ? [.. value.EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : ""))]
            : null;
}
