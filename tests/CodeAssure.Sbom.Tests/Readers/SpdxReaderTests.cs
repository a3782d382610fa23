using CodeAssure.Sbom.Model;

namespace CodeAssure.Sbom.Tests.Readers;

public sealed class SpdxReaderTests
{
    private const string Json = """
        {
          "spdxVersion": "SPDX-2.3",
          "dataLicense": "CC0-1.0",
          "SPDXID": "SPDXRef-DOCUMENT",
          "name": "example",
          "documentNamespace": "https://example.com/spdx/example-1",
          "creationInfo": { "created": "2024-01-02T03:04:05Z", "creators": [ "Tool: syft-0.58.0", "Organization: ACME" ] },
          "packages": [
            {
              "SPDXID": "SPDXRef-app", "name": "app", "versionInfo": "1.0", "primaryPackagePurpose": "APPLICATION",
              "supplier": "Organization: ACME Ltd", "licenseConcluded": "MIT", "licenseDeclared": "NOASSERTION",
              "checksums": [ { "algorithm": "SHA256", "checksumValue": "aa11" } ],
              "externalRefs": [
                { "referenceCategory": "SECURITY", "referenceType": "cpe23Type", "referenceLocator": "cpe:2.3:a:acme:app:1.0:*:*:*:*:*:*:*" },
                { "referenceCategory": "PACKAGE-MANAGER", "referenceType": "purl", "referenceLocator": "pkg:npm/app@1.0" }
              ]
            },
            { "SPDXID": "SPDXRef-lib", "name": "lib", "versionInfo": "2.0" },
            { "SPDXID": "SPDXRef-dev", "name": "dev", "versionInfo": "3.0" }
          ],
          "relationships": [
            { "spdxElementId": "SPDXRef-DOCUMENT", "relationshipType": "DESCRIBES", "relatedSpdxElement": "SPDXRef-app" },
            { "spdxElementId": "SPDXRef-app", "relationshipType": "DEPENDS_ON", "relatedSpdxElement": "SPDXRef-lib" },
            { "spdxElementId": "SPDXRef-dev", "relationshipType": "DEV_DEPENDENCY_OF", "relatedSpdxElement": "SPDXRef-app" },
            { "spdxElementId": "SPDXRef-app", "relationshipType": "GENERATED_FROM", "relatedSpdxElement": "SPDXRef-lib" }
          ]
        }
        """;

    [Fact]
    public void Reads_spdx_json_packages_as_components()
    {
        var sbom = Read.Text(Json);

        Assert.Equal((SbomFormat.Spdx, "2.3", "https://example.com/spdx/example-1"), (sbom.Format, sbom.SpecVersion, sbom.SerialNumber));
        Assert.Equal(new SbomTool(null, "syft", "0.58.0"), Assert.Single(sbom.Metadata.Tools));
        Assert.Equal("app", sbom.Metadata.Component?.Name);
        var app = sbom.Components[0];
        Assert.Equal(("SPDXRef-app", "application", "1.0", "ACME Ltd"), (app.BomRef, app.Type, app.Version, app.Supplier));
        Assert.Equal(("pkg:npm/app@1.0", "cpe:2.3:a:acme:app:1.0:*:*:*:*:*:*:*"), (app.Purl, app.Cpe));
        Assert.Equal(["MIT"], app.Licenses);
        Assert.Equal(new SbomHash("SHA-256", "aa11"), Assert.Single(app.Hashes));
    }

    [Fact]
    public void Maps_dependency_relationships_in_both_directions_and_ignores_the_others()
    {
        var sbom = Read.Text(Json);

        var app = Assert.Single(sbom.Dependencies);
        Assert.Equal("SPDXRef-app", app.Ref);
        Assert.Equal(["SPDXRef-lib", "SPDXRef-dev"], app.DependsOn);
    }

    [Fact]
    public void Reads_spdx_yaml_like_json()
    {
        var sbom = Read.Text("""
            spdxVersion: SPDX-2.2
            SPDXID: SPDXRef-DOCUMENT
            name: example
            documentNamespace: https://example.com/yaml
            creationInfo:
              created: "2024-01-02T03:04:05Z"
              creators:
                - "Tool: scanner"
            packages:
              - SPDXID: SPDXRef-a
                name: a
                versionInfo: 1.0
                checksums:
                  - algorithm: SHA1
                    checksumValue: ff
              - SPDXID: SPDXRef-b
                name: b
            relationships:
              - spdxElementId: SPDXRef-a
                relationshipType: CONTAINS
                relatedSpdxElement: SPDXRef-b
            """);

        Assert.Equal(["a", "b"], sbom.Components.Select(c => c.Name));
        Assert.Equal("1.0", sbom.Components[0].Version);
        Assert.Equal(new SbomHash("SHA-1", "ff"), Assert.Single(sbom.Components[0].Hashes));
        Assert.Equal(["SPDXRef-b"], Assert.Single(sbom.Dependencies).DependsOn);
        Assert.Equal(new SbomTool(null, "scanner", null), Assert.Single(sbom.Metadata.Tools));
    }

    [Fact]
    public void Reads_spdx_tag_value_with_multi_line_text_and_sections()
    {
        var sbom = Read.Text("""
            SPDXVersion: SPDX-2.2
            DataLicense: CC0-1.0
            SPDXID: SPDXRef-DOCUMENT
            DocumentName: example
            DocumentNamespace: https://example.com/tv
            Creator: Tool: scanner-1.2
            Created: 2024-01-02T03:04:05Z
            DocumentComment: <text>A comment
            PackageName: this is not a package
            </text>

            ## Package
            PackageName: hello
            SPDXID: SPDXRef-hello
            PackageVersion: 1.0
            PackageSupplier: Person: Jane
            PackageChecksum: SHA256: 0123
            PackageLicenseConcluded: NONE
            PackageLicenseDeclared: GPL-3.0-or-later
            ExternalRef: PACKAGE-MANAGER purl pkg:generic/hello@1.0

            FileName: ./hello.c
            SPDXID: SPDXRef-file
            PackageVersion: not mine

            PackageName: libc
            SPDXID: SPDXRef-libc
            Relationship: SPDXRef-hello DYNAMIC_LINK SPDXRef-libc
            Relationship: SPDXRef-hello CONTAINS SPDXRef-file
            """);

        Assert.Equal(["hello", "libc"], sbom.Components.Select(c => c.Name));
        var hello = sbom.Components[0];
        Assert.Equal(("SPDXRef-hello", "1.0", "Jane", "pkg:generic/hello@1.0"), (hello.BomRef, hello.Version, hello.Supplier, hello.Purl));
        Assert.Equal(["GPL-3.0-or-later"], hello.Licenses);
        Assert.Equal(new SbomHash("SHA-256", "0123"), Assert.Single(hello.Hashes));
        Assert.Null(sbom.Components[1].Version);
        Assert.Equal(["SPDXRef-libc"], Assert.Single(sbom.Dependencies).DependsOn);
        Assert.Equal(new SbomTool(null, "scanner", "1.2"), Assert.Single(sbom.Metadata.Tools));
    }

    [Fact]
    public void Reads_spdx_xml_where_lists_are_repeated_elements()
    {
        var sbom = Read.Text("""
            <?xml version="1.0" encoding="UTF-8"?>
            <Document>
              <SPDXID>SPDXRef-DOCUMENT</SPDXID>
              <spdxVersion>SPDX-2.3</spdxVersion>
              <name>example</name>
              <documentNamespace>https://example.com/xml</documentNamespace>
              <creationInfo><created>2024-01-02T03:04:05Z</created><creators>Tool: a-1</creators><creators>Tool: b-2</creators></creationInfo>
              <packages><SPDXID>SPDXRef-a</SPDXID><name>a</name><checksums><algorithm>MD5</algorithm><checksumValue>00</checksumValue></checksums></packages>
              <packages><SPDXID>SPDXRef-b</SPDXID><name>b</name></packages>
              <relationships><spdxElementId>SPDXRef-b</spdxElementId><relationshipType>DEPENDENCY_OF</relationshipType><relatedSpdxElement>SPDXRef-a</relatedSpdxElement></relationships>
            </Document>
            """);

        Assert.Equal(["a", "b"], sbom.Components.Select(c => c.Name));
        Assert.Equal(2, sbom.Metadata.Tools.Count);
        Assert.Equal(new SbomHash("MD5", "00"), Assert.Single(sbom.Components[0].Hashes));
        Assert.Equal("SPDXRef-a", sbom.Dependencies[0].Ref);
        Assert.Equal(["SPDXRef-b"], sbom.Dependencies[0].DependsOn);
    }

    [Fact]
    public void Reads_spdx_3_json_ld_packages_relationships_and_licences()
    {
        var sbom = Read.Text("""
            {
              "@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld",
              "@graph": [
                { "@id": "_:ci", "type": "CreationInfo", "specVersion": "3.0.1", "created": "2024-01-02T03:04:05Z", "createdUsing": ["urn:tool"] },
                { "type": "Tool", "spdxId": "urn:tool", "name": "generator" },
                { "type": "Organization", "spdxId": "urn:org", "name": "ACME" },
                { "type": "software_Package", "spdxId": "urn:a", "name": "a", "software_packageVersion": "1", "suppliedBy": "urn:org",
                  "software_packageUrl": "pkg:npm/a@1", "software_primaryPurpose": "application",
                  "externalIdentifier": [ { "type": "ExternalIdentifier", "externalIdentifierType": "cpe23", "identifier": "cpe:2.3:a:acme:a:1:*:*:*:*:*:*:*" } ],
                  "verifiedUsing": [ { "type": "Hash", "algorithm": "sha256", "hashValue": "beef" } ] },
                { "type": "software_Package", "spdxId": "urn:b", "name": "b" },
                { "type": "software_File", "spdxId": "urn:f", "name": "f" },
                { "type": "simplelicensing_LicenseExpression", "spdxId": "urn:lic", "simplelicensing_licenseExpression": "MIT" },
                { "type": "Relationship", "spdxId": "urn:r1", "from": "urn:a", "relationshipType": "dependsOn", "to": ["urn:b", "urn:f"] },
                { "type": "Relationship", "spdxId": "urn:r2", "from": "urn:a", "relationshipType": "hasDeclaredLicense", "to": ["urn:lic"] },
                { "type": "SpdxDocument", "spdxId": "urn:doc", "rootElement": ["urn:a"] }
              ]
            }
            """);

        Assert.Equal((SbomFormat.Spdx, "3.0.1", "urn:doc"), (sbom.Format, sbom.SpecVersion, sbom.SerialNumber));
        Assert.Equal(["a", "b"], sbom.Components.Select(c => c.Name));
        var a = sbom.Components[0];
        Assert.Equal(("1", "ACME", "pkg:npm/a@1", "application"), (a.Version, a.Supplier, a.Purl, a.Type));
        Assert.StartsWith("cpe:2.3:a:acme:a", a.Cpe, StringComparison.Ordinal);
        Assert.Equal(["MIT"], a.Licenses);
        Assert.Equal(new SbomHash("SHA-256", "beef"), Assert.Single(a.Hashes));
        Assert.Equal(["urn:b"], Assert.Single(sbom.Dependencies).DependsOn);
        Assert.Equal("a", sbom.Metadata.Component?.Name);
        Assert.Equal("generator", Assert.Single(sbom.Metadata.Tools).Name);
    }

    [Fact]
    public void Rejects_a_document_spdxid_other_than_spdxref_document()
    {
        var e = Read.Failure("""{ "spdxVersion": "SPDX-2.2", "SPDXID": "" }""");

        Assert.Contains("SPDXRef-DOCUMENT", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_spdx_version_that_is_a_number()
    {
        var e = Read.Failure("""{ "spdxVersion": 2, "SPDXID": "SPDXRef-DOCUMENT" }""");

        Assert.Contains("expected a string for 'spdxVersion', found the number 2", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_spdx_document_missing_its_namespace()
    {
        var e = Read.Failure("""{ "spdxVersion": "SPDX-2.3", "SPDXID": "SPDXRef-DOCUMENT", "name": "x" }""");

        Assert.Contains("'documentNamespace'", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_unterminated_tag_value_text_block()
    {
        var e = Read.Failure("SPDXVersion: SPDX-2.2\nSPDXID: SPDXRef-DOCUMENT\nDocumentComment: <text>never closed\nmore\n");

        Assert.Equal(3L, e.Line);
        Assert.Contains("never closed", e.Reason, StringComparison.Ordinal);
    }
}
