using System.Text.Json;
using CodeAssure.Sbom.Tests.Generation;
using CodeAssure.Sbom.Writers;

namespace CodeAssure.Sbom.Tests.Writers;

public class SpdxJsonWriterTests
{
    private static readonly SbomDocumentInfo Info = new(
        Guid.Parse("0b7d2c4e-1a3f-4e5d-8c9b-7a6f5e4d3c2b"), new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero), "CodeAssure", "0.1.0");

    private static readonly string[] ChecksumAlgorithms =
        ["SHA1", "SHA224", "SHA256", "SHA384", "SHA512", "SHA3-256", "SHA3-384", "SHA3-512", "BLAKE2b-256", "BLAKE2b-384", "BLAKE2b-512", "BLAKE3", "MD2", "MD4", "MD5", "MD6", "ADLER32"];

    [Fact]
    public async Task Writes_spdx_2_3_packages_with_purls_checksums_and_relationships()
    {
        var graph = await Fixtures.GraphOf("");
        using var stream = new MemoryStream();
        SpdxJsonWriter.Write(stream, graph, Info);
        using var document = JsonDocument.Parse(stream.ToArray());
        var root = document.RootElement;

        Assert.Equal("SPDX-2.3", root.GetProperty("spdxVersion").GetString());
        Assert.Equal("CC0-1.0", root.GetProperty("dataLicense").GetString());
        Assert.Equal("SPDXRef-DOCUMENT", root.GetProperty("SPDXID").GetString());
        Assert.Equal("urn:uuid:0b7d2c4e-1a3f-4e5d-8c9b-7a6f5e4d3c2b", root.GetProperty("documentNamespace").GetString());
        Assert.Equal("2025-03-04T05:06:07Z", root.GetProperty("creationInfo").GetProperty("created").GetString());
        Assert.Equal("Tool: CodeAssure-0.1.0", Assert.Single(root.GetProperty("creationInfo").GetProperty("creators").EnumerateArray()).GetString());

        var packages = root.GetProperty("packages").EnumerateArray().ToList();
        Assert.Equal(graph.Packages.Count + 1, packages.Count);
        var ids = packages.Select(p => p.GetProperty("SPDXID").GetString()!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^SPDXRef-[A-Za-z0-9.-]+$", id));
        foreach (var package in packages.Skip(1))
        {
            Assert.Equal("NOASSERTION", package.GetProperty("downloadLocation").GetString());
            var reference = Assert.Single(package.GetProperty("externalRefs").EnumerateArray());
            Assert.Equal("PACKAGE-MANAGER", reference.GetProperty("referenceCategory").GetString());
            Assert.Equal("purl", reference.GetProperty("referenceType").GetString());
            Assert.StartsWith("pkg:", reference.GetProperty("referenceLocator").GetString(), StringComparison.Ordinal);
            foreach (var checksum in package.TryGetProperty("checksums", out var checksums) ? checksums.EnumerateArray() : default)
            {
                Assert.Contains(checksum.GetProperty("algorithm").GetString(), ChecksumAlgorithms);
                Assert.Matches("^[0-9a-f]+$", checksum.GetProperty("checksumValue").GetString());
            }
        }

        var relationships = root.GetProperty("relationships").EnumerateArray().ToList();
        var describes = Assert.Single(relationships, r => r.GetProperty("relationshipType").GetString() == "DESCRIBES");
        Assert.Equal("SPDXRef-DOCUMENT", describes.GetProperty("spdxElementId").GetString());
        var dependsOn = relationships.Where(r => r.GetProperty("relationshipType").GetString() == "DEPENDS_ON").ToList();
        Assert.Equal(graph.DirectDependencies.Count + graph.Packages.Sum(p => p.DependsOn.Count), dependsOn.Count);
        Assert.All(relationships, r =>
        {
            Assert.Contains(r.GetProperty("relatedSpdxElement").GetString(), ids);
            Assert.True(r.GetProperty("spdxElementId").GetString() == "SPDXRef-DOCUMENT" || ids.Contains(r.GetProperty("spdxElementId").GetString()!));
        });
    }
}
