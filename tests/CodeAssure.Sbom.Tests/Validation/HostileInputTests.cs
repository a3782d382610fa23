using System.Text;
using CodeAssure.Sbom.Validation;
using CodeAssure.TestSupport;

namespace CodeAssure.Sbom.Tests.Validation;

public sealed class HostileInputTests
{
    private readonly SbomValidator validator = new();

    private SbomValidationResult Validate(string text, string? fileName = null) => validator.Validate(Encoding.UTF8.GetBytes(text), fileName);

    [Fact]
    public void Refuses_an_external_entity_and_never_reads_the_file_it_names()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        try
        {
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE bom [<!ENTITY xxe SYSTEM "file://{secret}">]>
                <bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1"><components><component type="library"><name>&xxe;</name></component></components></bom>
                """;
            var result = Validate(xml);
            Assert.False(result.IsValid);
            Assert.Contains(result.Problems, p => p.Message.Contains("DTD", StringComparison.Ordinal));
            Assert.DoesNotContain(result.Problems, p => p.Message.Contains("TOP-SECRET", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Refuses_a_billion_laughs_document_without_expanding_it()
    {
        var entities = string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">"));
        var xml = $"""<?xml version="1.0"?><!DOCTYPE bom [<!ENTITY lol0 "lol">{entities}]><bom xmlns="http://cyclonedx.org/schema/bom/1.5">&lol9;</bom>""";
        var result = Validate(xml);
        Assert.False(result.IsValid);
        Assert.Contains("DTD", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    [InlineData("textproto")]
    public void Reports_absurdly_deep_nesting_as_a_problem_instead_of_overflowing_the_stack(string kind)
    {
        const int depth = 100_000;
        var text = kind switch
        {
            "json" => """{"bomFormat":"CycloneDX","specVersion":"1.5","x":""" + new string('[', depth) + new string(']', depth) + "}",
            "xml" => """<bom xmlns="http://cyclonedx.org/schema/bom/1.5">""" + string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth)) + "</bom>",
            _ => "spec_version: \"1.5\"\n" + string.Concat(Enumerable.Repeat("metadata {", depth)) + new string('}', depth),
        };
        var result = Validate(text, kind == "textproto" ? "deep.textproto" : null);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Validates_a_document_with_a_huge_string_value_and_reports_an_overlong_purl_briefly()
    {
        var huge = new string('x', 20_000_000);
        var json = $$"""{"bomFormat":"CycloneDX","specVersion":"1.5","version":1,"components":[{"type":"library","name":"{{huge}}","purl":"pkg:npm/{{huge}}@1"}]}""";
        var result = Validate(json);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("/components/0/purl", problem.Location);
        Assert.Contains("at most 65536 characters", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Message.Length < 400);
    }

    [Theory]
    [InlineData("""{"bomFormat":"CycloneDX","specVersion":1.5}""", "/specVersion")]
    [InlineData("""{"bomFormat":"CycloneDX","specVersion":"1.5","version":"1"}""", "/version")]
    [InlineData("""{"bomFormat":"CycloneDX","specVersion":"1.5","components":{"type":"library"}}""", "/components")]
    [InlineData("""{"bomFormat":"CycloneDX","specVersion":"1.5","components":[{"type":"library","name":7}]}""", "/components/0/name")]
    [InlineData("""{"spdxVersion":"SPDX-2.3","packages":"none"}""", "/packages")]
    [InlineData("""{"spdxVersion":"SPDX-2.3","creationInfo":{"creators":"Tool: x","created":"2024-01-01T00:00:00Z"}}""", "/creationInfo/creators")]
    public void Reports_wrong_types_at_their_location(string json, string location)
    {
        var result = Validate(json);
        Assert.Contains(result.Problems, p => p.Location == location);
    }

    [Fact]
    public void Reports_every_truncated_conformance_document_as_invalid_without_crashing()
    {
        var files = new[] { "1.4", "1.5" }
            .SelectMany(v => Directory.GetFiles(ConformanceData.PathOf("cyclonedx-spec", v), "valid-*"))
            .ToList();
        var accepted = new List<string>();
        foreach (var path in files)
        {
            var bytes = File.ReadAllBytes(path);
            var truncated = bytes.AsMemory(0, bytes.Length / 2);
            if (validator.Validate(truncated, Path.GetFileName(path)).IsValid)
            {
                accepted.Add(Path.GetFileName(path));
            }
        }

        Assert.True(files.Count > 190);
        Assert.Empty(accepted);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t")]
    [InlineData("\u0000\u0001\u0002binary\uFFFD")]
    [InlineData("just some prose")]
    [InlineData("{")]
    [InlineData("<bom")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"hello\":\"world\"}")]
    public void Rejects_garbage_with_a_problem_rather_than_an_exception(string text)
    {
        var result = Validate(text);
        Assert.False(result.IsValid);
        Assert.Equal(SbomDocumentFormat.Unknown, result.Format);
    }

    [Theory]
    [InlineData("""{"bomFormat":"CycloneDX","specVersion":"1.5","version":-1e400}""", "/version")]
    [InlineData("""{"bomFormat":"CycloneDX","specVersion":"1.5","version":0.5e-400}""", "/version")]
    [InlineData("""{"bomFormat":"CycloneDX","specVersion":"1.5","components":[1e400,1e400]}""", "/components/0")]
    public void Reports_out_of_range_numbers_instead_of_failing(string json, string location)
    {
        var result = Validate(json);
        Assert.Contains(result.Problems, p => p.Location == location);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("123456789012345678901234567890123456789")]
    public void Accepts_huge_integers_which_JSON_allows(string number)
    {
        var result = Validate($$"""{"bomFormat":"CycloneDX","specVersion":"1.5","version":{{number}}}""");
        Assert.True(result.IsValid, string.Join(" | ", result.Problems));
    }

    [Fact]
    public void Rejects_duplicate_member_names_which_readers_would_resolve_differently()
    {
        var result = Validate("""{"bomFormat":"CycloneDX","specVersion":"1.5","specVersion":"1.4","version":1}""");
        Assert.False(result.IsValid);
        Assert.Contains("specVersion", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_document_over_the_size_limit_without_parsing_it()
    {
        var result = validator.Validate(new byte[SbomValidator.MaxDocumentBytes + 1]);
        Assert.Contains("limit", result.Problems.Single().Message, StringComparison.Ordinal);
    }
}
