using CodeAssure.Sbom.Readers;

namespace CodeAssure.Sbom.Tests.Readers;

public sealed class HostileInputTests
{
    private const string CycloneDxStart = """{ "bomFormat": "CycloneDX", "specVersion": "1.4", """;

    [Fact]
    public void Refuses_xml_with_an_external_entity()
    {
        var e = Read.Failure("""
            <?xml version="1.0"?>
            <!DOCTYPE bom [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <bom xmlns="http://cyclonedx.org/schema/bom/1.4"><components><component type="library"><name>&xxe;</name></component></components></bom>
            """);

        Assert.Contains("DOCTYPE is refused", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("test:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_xml_entity_expansion_billion_laughs()
    {
        var e = Read.Failure("""
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <bom xmlns="http://cyclonedx.org/schema/bom/1.4"><metadata><timestamp>&lol3;</timestamp></metadata></bom>
            """);

        Assert.Contains("DOCTYPE is refused", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_yaml_aliases()
    {
        var e = Read.Failure("""
            spdxVersion: SPDX-2.3
            SPDXID: SPDXRef-DOCUMENT
            a: &a ["lol", "lol"]
            b: [*a, *a, *a]
            """);

        Assert.Contains("aliases are not supported", e.Reason, StringComparison.Ordinal);
        Assert.Equal(4L, e.Line);
    }

    [Fact]
    public void Rejects_json_nested_deeper_than_the_limit()
    {
        var deep = CycloneDxStart + "\"x\": " + new string('[', 200) + new string(']', 200) + "}";

        var e = Read.Failure(deep);

        Assert.Contains("depth", e.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Rejects_xml_nested_deeper_than_the_limit()
    {
        var nested = string.Concat(Enumerable.Repeat("<component><name>n</name><components>", 100)) +
                     string.Concat(Enumerable.Repeat("</components></component>", 100));
        var xml = $"""<bom xmlns="http://cyclonedx.org/schema/bom/1.4"><components>{nested}</components></bom>""";

        var e = Read.Failure(xml);

        Assert.Contains("nested deeper than the limit of 64", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_yaml_nested_deeper_than_the_limit()
    {
        var yaml = "spdxVersion: SPDX-2.3\nSPDXID: SPDXRef-DOCUMENT\nx: " + new string('[', 100) + new string(']', 100) + "\n";

        var e = Read.Failure(yaml);

        Assert.Contains("nested deeper than the limit", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_truncated_json_with_its_position()
    {
        var e = Read.Failure(CycloneDxStart + "\n\"components\": [ { \"name\": \"a\"");

        Assert.StartsWith("test:2:", e.Message, StringComparison.Ordinal);
        Assert.Contains("malformed JSON", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_malformed_json_with_line_and_column()
    {
        var e = Read.Failure("{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": 1.4.2\n}");

        Assert.Equal(3L, e.Line);
        Assert.Contains("malformed JSON", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_components_that_are_a_string_instead_of_an_array()
    {
        var e = Read.Failure(CycloneDxStart + "\n  \"components\": \"lots\" }");

        Assert.Equal("expected an array for 'components', found the string \"lots\"", e.Reason);
        Assert.Equal((2L, 17L), (e.Line, e.Column));
    }

    [Fact]
    public void Rejects_a_version_that_is_an_object()
    {
        var e = Read.Failure(CycloneDxStart + "\"components\": [ { \"name\": \"a\", \"version\": {} } ] }");

        Assert.Contains("expected a string for 'version', found an object", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_content_after_the_document()
    {
        var e = Read.Failure(CycloneDxStart + "\"components\": [] } {}");

        Assert.Contains("malformed JSON", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_truncated_xml_with_its_position()
    {
        var e = Read.Failure("<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\">\n<components>\n<component type=\"library\"><name>a</na");

        Assert.Equal(3L, e.Line);
        Assert.Contains("malformed XML", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    [InlineData("hello, world")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{ \"name\": \"not an sbom\" }")]
    [InlineData("<html><body/></html>")]
    [InlineData("{ \"@context\": \"https://schema.org\", \"@graph\": [] }")]
    public void Rejects_documents_that_are_not_sboms_with_a_clear_message(string text)
    {
        var e = Read.Failure(text);

        Assert.StartsWith("test:", e.Message, StringComparison.Ordinal);
        Assert.True(e.Reason.Contains("not a recognised SBOM", StringComparison.Ordinal) || e.Reason.Contains("empty", StringComparison.Ordinal)
            || e.Reason.Contains("expected a JSON object", StringComparison.Ordinal), e.Reason);
    }

    [Fact]
    public void Rejects_input_larger_than_the_size_limit()
    {
        var options = new SbomReadOptions { MaxInputBytes = 200 * 1024 };
        var big = CycloneDxStart + "\"components\": [" + string.Join(',', Enumerable.Repeat("{\"name\":\"aaaaaaaaaaaaaaaaaaaaaaaa\"}", 20_000)) + "] }";

        var e = Read.Failure(big, options);

        Assert.Contains("larger than the limit of 204800 bytes", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_single_value_larger_than_the_value_limit()
    {
        var options = new SbomReadOptions { MaxValueBytes = 256 * 1024 };
        var big = CycloneDxStart + "\"components\": [ { \"name\": \"" + new string('a', 1024 * 1024) + "\" } ] }";

        var e = Read.Failure(big, options);

        Assert.Contains("single JSON value is larger than the limit", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_spdx_rdf_xml_with_a_clear_message()
    {
        var e = Read.Failure("""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:spdx="http://spdx.org/rdf/terms#"/>""");

        Assert.Contains("SPDX RDF/XML is not supported", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_json_that_spans_many_buffer_refills_with_correct_line_numbers()
    {
        // 5,000 components (> several 64 KiB buffers) and an error on the very last line.
        var lines = Enumerable.Range(0, 5000).Select(i => $"{{\"type\":\"library\",\"name\":\"component-{i}\",\"version\":\"1.0.{i}\"}},");
        var text = CycloneDxStart + "\"components\": [\n" + string.Join('\n', lines) + "\n{\"type\":\"library\"}]}";

        var e = Read.Failure(text);

        Assert.Equal(5002L, e.Line);
        Assert.Equal(1L, e.Column);
    }
}
