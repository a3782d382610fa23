using System.Text;
using CodeAssure.Advisories.Csaf.Model;
using CodeAssure.Advisories.Csaf.Reading;
using CodeAssure.Advisories.Csaf.Validation;
using CodeAssure.TestSupport;

namespace CodeAssure.Advisories.Tests;

public sealed class CsafReaderTests
{
    private static byte[] Example => File.ReadAllBytes(ConformanceData.PathOf("csaf", "csaf_2.0", "examples", "csaf", "bsi-2022-0001.json"));

    [Fact]
    public void Reads_an_official_example_into_the_typed_model()
    {
        var document = new CsafReader().Read(Example);

        Assert.Equal("csaf_security_advisory", document.Document.Category);
        Assert.NotNull(document.Document.Tracking.Version);
        Assert.NotEmpty(document.Vulnerabilities!);
        Assert.NotEmpty(document.ProductTree!.Branches!);
    }

    [Fact]
    public void Writes_a_document_that_reads_back_the_same()
    {
        var reader = new CsafReader();
        var document = reader.Read(Example);

        var written = CsafWriter.ToJson(document);
        var again = reader.Read(Encoding.UTF8.GetBytes(written));

        Assert.Equal(CsafWriter.ToJson(again), written);
        Assert.Contains("\"csaf_version\": \"2.0\"", written, StringComparison.Ordinal);
        Assert.DoesNotContain("null", written, StringComparison.Ordinal);
        Assert.True(new CsafValidator().Validate(Encoding.UTF8.GetBytes(written)).IsValid);
    }

    [Fact]
    public void Rejects_truncated_json_with_its_position()
    {
        var truncated = Example.AsMemory(0, Example.Length / 2);

        var error = Assert.Throws<CsafReadException>(() => new CsafReader().Read(truncated));

        Assert.StartsWith("not valid JSON at line ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_document_over_the_size_limit()
    {
        var error = Assert.Throws<CsafReadException>(() => new CsafReader(maxBytes: 1000).Read(Example));

        Assert.Contains("larger than the limit of 1000 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stops_reading_a_stream_at_the_size_limit()
    {
        using var stream = new MemoryStream(new byte[5000]);

        var error = await Assert.ThrowsAsync<CsafReadException>(() => new CsafReader(maxBytes: 4096).ReadBytesAsync(stream));

        Assert.Contains("4096", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_deep_nesting_without_crashing()
    {
        var deep = Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000));

        var error = Assert.Throws<CsafReadException>(() => new CsafReader().Read(deep));

        Assert.Contains("nested more than 128 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_wrong_types_naming_the_path()
    {
        var json = """{"document": {"category": "csaf_base", "csaf_version": "2.0", "title": 42}}""";

        var error = Assert.Throws<CsafReadException>(() => new CsafReader().Read(Encoding.UTF8.GetBytes(json)));

        Assert.Contains("$.document.title", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "JSON object")]
    [InlineData("{}", "'document' is missing")]
    [InlineData("", "empty")]
    public void Rejects_documents_that_are_not_csaf(string json, string expected)
    {
        var error = Assert.Throws<CsafReadException>(() => new CsafReader().Read(Encoding.UTF8.GetBytes(json)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_reports_bad_input_instead_of_throwing()
    {
        var report = new CsafValidator().Validate(Encoding.UTF8.GetBytes("{\"document\": "));

        Assert.False(report.IsValid);
        Assert.NotNull(report.ReadError);
    }

    [Fact]
    public void Validator_reports_wrong_types_as_schema_problems_and_skips_the_tests()
    {
        var json = """{"document": {"category": "csaf_base", "csaf_version": "2.0", "title": 42}}""";

        var report = new CsafValidator().Validate(Encoding.UTF8.GetBytes(json));

        Assert.False(report.IsValid);
        Assert.Contains(report.SchemaProblems, p => p.Location == "/document/title");
        Assert.NotNull(report.TestsSkippedBecause);
    }

    [Theory]
    [InlineData("1", true, 1, null)]
    [InlineData("0", true, 0, null)]
    [InlineData("1.0.0-rc.1+build.5", false, 1, "rc.1")]
    public void Parses_integer_and_semantic_versions(string text, bool isInteger, long major, string? preRelease)
    {
        var version = DocumentVersion.Parse(text);

        Assert.Equal(isInteger, version.IsInteger);
        Assert.Equal(major, version.Major);
        Assert.Equal(preRelease, version.PreRelease);
    }

    [Theory]
    [InlineData("01")]
    [InlineData("1.0")]
    [InlineData("1.0.0-")]
    [InlineData("v1")]
    public void Rejects_versions_that_are_neither_integer_nor_semantic(string text) =>
        Assert.False(DocumentVersion.TryParse(text, out _));

    [Fact]
    public void Orders_pre_releases_before_releases() =>
        Assert.True(DocumentVersion.Parse("1.0.0-alpha") < DocumentVersion.Parse("1.0.0"));
}
