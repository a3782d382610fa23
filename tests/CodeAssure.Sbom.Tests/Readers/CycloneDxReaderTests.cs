using CodeAssure.Sbom.Model;

namespace CodeAssure.Sbom.Tests.Readers;

public sealed class CycloneDxReaderTests
{
    private const string Json = """
        {
          "bomFormat": "CycloneDX",
          "specVersion": "1.6",
          "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
          "metadata": {
            "timestamp": "2024-05-01T12:00:00Z",
            "tools": { "components": [ { "type": "application", "manufacturer": { "name": "ACME" }, "name": "scanner", "version": "2.0" } ] },
            "component": { "type": "application", "bom-ref": "app", "name": "shop", "version": "1.0" }
          },
          "components": [
            {
              "components": [ { "bom-ref": "child", "name": "inner", "version": "0.1" } ],
              "type": "library", "bom-ref": "lib", "group": "org.example", "name": "outer", "version": "2.3",
              "purl": "pkg:maven/org.example/outer@2.3", "cpe": "cpe:2.3:a:example:outer:2.3:*:*:*:*:*:*:*",
              "licenses": [ { "license": { "id": "MIT" } }, { "expression": "Apache-2.0 OR MIT" } ],
              "hashes": [ { "alg": "SHA-256", "content": "abc123" } ],
              "supplier": { "name": "Example Ltd" },
              "scope": "required"
            }
          ],
          "dependencies": [ { "ref": "app", "dependsOn": [ "lib" ] }, { "ref": "lib", "dependsOn": [] } ]
        }
        """;

    [Fact]
    public void Reads_cyclonedx_json_into_the_normalised_model()
    {
        var sbom = Read.Text(Json);

        Assert.Equal(SbomFormat.CycloneDx, sbom.Format);
        Assert.Equal("1.6", sbom.SpecVersion);
        Assert.Equal("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79", sbom.SerialNumber);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), sbom.Metadata.Timestamp);
        Assert.Equal(new SbomTool("ACME", "scanner", "2.0"), Assert.Single(sbom.Metadata.Tools));
        Assert.Equal("shop", sbom.Metadata.Component?.Name);

        var outer = sbom.Components[0];
        Assert.Equal(("lib", "library", "org.example", "outer", "2.3"), (outer.BomRef, outer.Type, outer.Group, outer.Name, outer.Version));
        Assert.Equal("pkg:maven/org.example/outer@2.3", outer.Purl);
        Assert.StartsWith("cpe:2.3:a:example:outer", outer.Cpe, StringComparison.Ordinal);
        Assert.Equal(["MIT", "Apache-2.0 OR MIT"], outer.Licenses);
        Assert.Equal(new SbomHash("SHA-256", "abc123"), Assert.Single(outer.Hashes));
        Assert.Equal(("Example Ltd", "required"), (outer.Supplier, outer.Scope));
        Assert.Null(outer.ParentRef);
    }

    [Fact]
    public void Flattens_nested_components_parent_first_keeping_the_parent_ref()
    {
        // The parent's bom-ref comes after its nested components in the JSON: the link must still be made.
        var sbom = Read.Text(Json);

        Assert.Equal(["outer", "inner"], sbom.Components.Select(c => c.Name));
        Assert.Equal("lib", sbom.Components[1].ParentRef);
    }

    [Fact]
    public void Reads_the_dependency_graph_including_empty_entries()
    {
        var sbom = Read.Text(Json);

        Assert.Equal(2, sbom.Dependencies.Count);
        Assert.Equal(["lib"], sbom.Dependencies[0].DependsOn);
        Assert.Empty(sbom.Dependencies[1].DependsOn);
    }

    [Fact]
    public void Reads_cyclonedx_xml_including_nested_components_and_dependencies()
    {
        var sbom = Read.Text("""
            <?xml version="1.0" encoding="UTF-8"?>
            <bom xmlns="http://cyclonedx.org/schema/bom/1.4" serialNumber="urn:uuid:1" version="1" xmlns:x="urn:ext">
              <metadata>
                <timestamp>2023-01-02T03:04:05Z</timestamp>
                <tools><tool><vendor>ACME</vendor><name>scanner</name><version>1.0</version></tool></tools>
              </metadata>
              <components>
                <component type="library" bom-ref="a">
                  <supplier><name>Supplier A</name></supplier>
                  <group>g</group><name>a</name><version>1</version><scope>optional</scope>
                  <hashes><hash alg="SHA-1">ff00</hash></hashes>
                  <licenses><license><name>Custom</name></license></licenses>
                  <purl>pkg:npm/a@1</purl>
                  <x:extension><component><name>not a component</name></component></x:extension>
                  <components><component type="library" bom-ref="b"><name>b</name></component></components>
                </component>
              </components>
              <dependencies><dependency ref="a"><dependency ref="b"/></dependency><dependency ref="b"/></dependencies>
            </bom>
            """);

        Assert.Equal(("1.4", "urn:uuid:1"), (sbom.SpecVersion, sbom.SerialNumber));
        Assert.Equal(new SbomTool("ACME", "scanner", "1.0"), Assert.Single(sbom.Metadata.Tools));
        Assert.Equal(["a", "b"], sbom.Components.Select(c => c.Name));
        var a = sbom.Components[0];
        Assert.Equal(("g", "1", "optional", "Supplier A", "pkg:npm/a@1"), (a.Group, a.Version, a.Scope, a.Supplier, a.Purl));
        Assert.Equal(new SbomHash("SHA-1", "ff00"), Assert.Single(a.Hashes));
        Assert.Equal(["Custom"], a.Licenses);
        Assert.Equal("a", sbom.Components[1].ParentRef);
        Assert.Equal(["b"], sbom.Dependencies[0].DependsOn);
    }

    [Fact]
    public void Recognises_the_format_by_content_not_by_a_leading_property()
    {
        // bomFormat need not come first; detection reads past other properties.
        var sbom = Read.Text("""{ "$schema": "x", "components": [ { "type": "library", "name": "n" } ], "specVersion": "1.5", "bomFormat": "CycloneDX" }""");

        Assert.Equal(SbomFormat.CycloneDx, sbom.Format);
        Assert.Single(sbom.Components);
    }

    [Fact]
    public void Rejects_a_bom_format_other_than_cyclonedx()
    {
        var e = Read.Failure("""{ "bomFormat": "CDX", "specVersion": "1" }""");

        Assert.Contains("'bomFormat' must be \"CycloneDX\"", e.Message, StringComparison.Ordinal);
        Assert.Equal((1L, 16L), (e.Line, e.Column));
    }

    [Fact]
    public void Rejects_an_unsupported_spec_version()
    {
        var e = Read.Failure("""{ "bomFormat": "CycloneDX", "specVersion": "1.1" }""");

        Assert.Contains("unsupported CycloneDX specVersion \"1.1\"", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_component_without_a_name_with_its_position()
    {
        var e = Read.Failure("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.4\",\n\"components\":[\n  {\"type\":\"library\"}]}");

        Assert.Equal((3L, 3L), (e.Line, e.Column));
        Assert.Contains("has no 'name'", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_document_larger_than_the_read_window_skipping_subtrees_that_cross_refills()
    {
        // About 6 MiB: several 1 MiB windows, with skipped subtrees (one of 2 MiB) cut by the window's edge.
        var big = new string('x', 2 * 1024 * 1024);
        var components = Enumerable.Range(0, 20_000).Select(i =>
            $"{{\"properties\":[{{\"name\":\"p\",\"value\":\"{new string('v', i % 300)}\"}}],\"name\":\"c{i}\",\"bom-ref\":\"r{i}\"" +
            (i == 7_000 ? $",\"evidence\":{{\"blob\":[\"{big}\"]}}" : "") + "}");
        var text = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[\n" + string.Join(",\n", components) +
                   "],\n\"dependencies\":[{\"ref\":\"r0\",\"dependsOn\":[\"r19999\"]}]}";

        var sbom = Read.Text(text);

        Assert.Equal(20_000, sbom.Components.Count);
        Assert.Equal(("c19999", "r19999"), (sbom.Components[^1].Name, sbom.Components[^1].BomRef));
        Assert.Equal(["r19999"], Assert.Single(sbom.Dependencies).DependsOn);
    }

    [Fact]
    public void Reports_the_line_of_a_nameless_component_after_many_read_windows()
    {
        var lines = Enumerable.Range(0, 30_000).Select(i => $"{{\"name\":\"component-{i}\",\"description\":\"{new string('d', 100)}\"}},");
        var text = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.4\",\"components\":[\n" + string.Join('\n', lines) + "\n  {\"type\":\"library\"}]}";

        var e = Read.Failure(text);

        Assert.Equal((30_002L, 3L), (e.Line, e.Column));
        Assert.Contains("has no 'name'", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Adds_up_the_edges_of_a_ref_listed_twice_in_dependencies_without_duplicates()
    {
        var sbom = Read.Text("""
            { "bomFormat": "CycloneDX", "specVersion": "1.5",
              "dependencies": [ { "ref": "a", "dependsOn": ["b", "b"] }, { "ref": "c" }, { "dependsOn": ["d", "b"], "ref": "a" } ] }
            """);

        Assert.Equal(["a", "c"], sbom.Dependencies.Select(d => d.Ref));
        Assert.Equal(["b", "d"], sbom.Dependencies[0].DependsOn);
        Assert.Empty(sbom.Dependencies[1].DependsOn);
    }

    [Fact]
    public void Reads_escaped_property_names_and_values()
    {
        var sbom = Read.Text("""
            { "bomFormat": "CycloneDX", "specVersion": "1.5",
              "components": [ { "n\u0061me": "caf\u00e9", "bom-ref": "pkg:npm/a\u0040b", "purl": "pkg:npm/a@b", "typ\u0065": "library" } ] }
            """);

        var component = Assert.Single(sbom.Components);
        Assert.Equal(("café", "pkg:npm/a@b", "pkg:npm/a@b", "library"), (component.Name, component.BomRef, component.Purl, component.Type));
    }
}
