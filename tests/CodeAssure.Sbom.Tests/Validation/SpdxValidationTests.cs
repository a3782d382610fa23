using System.Text;
using CodeAssure.Sbom.Validation;
using CodeAssure.TestSupport;

namespace CodeAssure.Sbom.Tests.Validation;

public sealed class SpdxValidationTests
{
    private const string TagValue = """
        SPDXVersion: SPDX-2.3
        DataLicense: CC0-1.0
        SPDXID: SPDXRef-DOCUMENT
        DocumentName: example
        DocumentNamespace: https://example.org/spdx/example-1
        Creator: Tool: codeassure
        Created: 2024-05-01T12:00:00Z
        Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-app

        PackageName: app
        SPDXID: SPDXRef-app
        PackageVersion: 1.0.0
        PackageSupplier: Organization: Example Ltd
        PackageDownloadLocation: NOASSERTION
        ExternalRef: PACKAGE-MANAGER purl pkg:npm/app@1.0.0
        PackageComment: <text>spans
        two lines</text>

        PackageName: lib
        SPDXID: SPDXRef-lib
        PackageDownloadLocation: https://example.org/lib.tgz
        Relationship: SPDXRef-app DEPENDS_ON SPDXRef-lib
        """;

    private static SbomValidationResult Validate(string text) => new SbomValidator().Validate(Encoding.UTF8.GetBytes(text), includeNtia: true);

    [Fact]
    public void Accepts_a_complete_tag_value_document()
    {
        var result = Validate(TagValue);
        Assert.Equal(SbomDocumentFormat.SpdxTagValue, result.Format);
        Assert.Equal("SPDX-2.3", result.SpecVersion);
        Assert.True(result.IsValid, string.Join(" | ", result.Problems));
    }

    [Theory]
    [InlineData("DataLicense: CC0-1.0", "DataLicense: MIT", "2:1", "CC0-1.0")]
    [InlineData("SPDXID: SPDXRef-DOCUMENT", "SPDXID: SPDXRef-DOC", "3:1", "SPDXRef-DOCUMENT")]
    [InlineData("Created: 2024-05-01T12:00:00Z", "Created: 01/05/2024", "7:1", "YYYY-MM-DDThh:mm:ssZ")]
    [InlineData("Creator: Tool: codeassure", "Creator: codeassure", "6:1", "Person: ")]
    [InlineData("DocumentNamespace: https://example.org/spdx/example-1", "DocumentNamespace: example#1", "5:1", "absolute URI")]
    [InlineData("SPDXRef-app DEPENDS_ON SPDXRef-lib", "SPDXRef-app DEPENDS_ON SPDXRef-gone", "22:1", "does not refer")]
    [InlineData("SPDXRef-app DEPENDS_ON SPDXRef-lib", "SPDXRef-app NEEDS SPDXRef-lib", "22:1", "relationship type")]
    [InlineData("SPDXID: SPDXRef-lib", "SPDXID: SPDXRef-app", "20:1", "not unique")]
    [InlineData("PackageDownloadLocation: https://example.org/lib.tgz", "PackageFileName: lib.tgz", "19:1", "PackageDownloadLocation")]
    [InlineData("purl pkg:npm/app@1.0.0", "purl npm/app@1.0.0", "15:1", "pkg:")]
    [InlineData("two lines</text>", "two lines", "16:1", "never closed")]
    public void Reports_tag_value_defects_at_their_line(string original, string replacement, string location, string expected)
    {
        var result = Validate(TagValue.Replace(original, replacement, StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Location == location && p.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_missing_required_document_fields_in_SPDX_JSON()
    {
        var result = Validate("""{"spdxVersion":"SPDX-2.2","SPDXID":"SPDXRef-DOCUMENT","packages":[{"SPDXID":"SPDXRef-a"}]}""");
        var messages = result.Problems.Select(p => $"{p.Location} {p.Message}").ToList();
        Assert.Contains(messages, m => m.Contains("'dataLicense' is missing", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'name' is missing", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'documentNamespace' is missing", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'creationInfo' is missing", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("/packages/0 required property 'downloadLocation'", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_relationships_to_unknown_SPDX_ids_in_SPDX_JSON()
    {
        var path = ConformanceData.PathOf("sboms", "spdx-spec-examples", "v2.3", "SPDXJSONExample-v2.3.spdx.json");
        var json = File.ReadAllText(path).Replace("\"relatedSpdxElement\" : \"SPDXRef-Package\"", "\"relatedSpdxElement\" : \"SPDXRef-Nowhere\"", StringComparison.Ordinal);
        Assert.True(Validate(File.ReadAllText(path)).IsValid);
        var result = Validate(json);
        Assert.Contains(result.Problems, p => p.Location.EndsWith("/relatedSpdxElement", StringComparison.Ordinal) && p.Message.Contains("SPDXRef-Nowhere", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_unsupported_SPDX_versions()
    {
        var result = Validate(TagValue.Replace("SPDX-2.3", "SPDX-1.2", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Location == "1:1" && p.Message.Contains("not supported", StringComparison.Ordinal));
    }
}
