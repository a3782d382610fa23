using System.Text;
using System.Text.Json.Nodes;
using CodeAssure.Assurance.Evidence;
using CodeAssure.Assurance.Tests.Testing;
using CodeAssure.Catalog;
using CodeAssure.TestSupport;

namespace CodeAssure.Assurance.Tests.Evidence;

public class EvidenceBundleReaderTests
{
    private static readonly EvidenceBundleReader Reader = new();

    private static JsonObject Sample() => BundleJson.Bundle(
        [
            BundleJson.Check("CA-VDP-001", "failed", ["3.2.1", "3.2.2"], [BundleJson.Finding("CA-VDP-001", "no timeline", "SECURITY.md", 3)]),
            BundleJson.Check("CA-SBOM-001", "passed", ["1.2.1"], facts: new JsonObject { ["components"] = "42" }),
        ],
        [
            BundleJson.Claim("3.2.1", "not-met", "CA-VDP-001"),
            BundleJson.Claim("1.2.1", "met", "CA-SBOM-001"),
            BundleJson.Claim("1.1.1", "needs-human-evidence"),
        ]);

    [Fact]
    public void Reads_a_bundle_into_a_typed_value()
    {
        var bytes = BundleJson.Bytes(Sample());

        var bundle = Reader.Read(bytes);

        Assert.Equal("1.0", bundle.SchemaVersion);
        Assert.Equal("shop", bundle.SubjectName);
        Assert.Equal(64, bundle.Sha256.Length);
        Assert.Equal(2, bundle.Checks.Count);
        Assert.Equal(BundleCheckStatus.Failed, bundle.Checks[0].Status);
        Assert.Equal([ClaimId.Parse("3.2.1"), ClaimId.Parse("3.2.2")], bundle.Checks[0].Claims);
        var finding = Assert.Single(bundle.Checks[0].Findings);
        Assert.Equal(("SECURITY.md", 3), (finding.Path, finding.Line));
        Assert.Equal("42", bundle.Checks[1].Facts["components"]);
        Assert.Equal(BundleClaimStatus.NeedsHumanEvidence, bundle.Claims[2].Status);
    }

    [Fact]
    public async Task Reads_a_bundle_written_by_codeassure_scan()
    {
        var folder = Directory.CreateTempSubdirectory("assurance-scan-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "SECURITY.md"), "# Security\nReport vulnerabilities to security@example.com. We reply within 5 working days.\n");
            var result = await CliRunner.RunAsync("scan", folder.FullName, "--format", "json");
            Assert.True(result.ExitCode is 0 or 1, result.Error);

            var bundle = Reader.Read(Encoding.UTF8.GetBytes(result.Out));

            Assert.Equal(Catalogs.Real.Version, bundle.CatalogVersion);
            Assert.NotEmpty(bundle.Checks);
            Assert.Equal(Catalogs.Real.Claims.Select(c => c.Id).Order(), bundle.Claims.Select(c => c.Id).Order());
            Assert.NotNull(AssessmentPrefill.Propose(bundle));
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Theory]
    [InlineData("2.0", "evidence bundle format 2.0 is not supported")]
    [InlineData("0.9", "evidence bundle format 0.9 is not supported")]
    [InlineData("one", "is not a version")]
    public void Refuses_an_unknown_major_version_with_a_clear_message(string version, string expected)
    {
        var node = Sample();
        node["schemaVersion"] = version;

        var error = Assert.Throws<EvidenceBundleException>(() => Reader.Read(BundleJson.Bytes(node)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_a_newer_minor_version_with_added_members()
    {
        var node = Sample();
        node["schemaVersion"] = "1.4";
        node["newTopLevel"] = "ignored";
        node["checks"]![0]!["newMember"] = new JsonArray(1, 2);

        Assert.Equal("1.4", Reader.Read(BundleJson.Bytes(node)).SchemaVersion);
    }

    [Theory]
    [InlineData("checks", "$.checks is required")]
    [InlineData("role", "$.role is required")]
    [InlineData("subject", "$.subject is required")]
    public void Names_a_missing_member(string member, string expected)
    {
        var node = Sample();
        node.Remove(member);

        var error = Assert.Throws<EvidenceBundleException>(() => Reader.Read(BundleJson.Bytes(node)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_the_path_of_a_malformed_nested_member()
    {
        var node = Sample();
        node["checks"]![0]!["findings"]![0]!["location"]!["line"] = 0;
        var error = Assert.Throws<EvidenceBundleException>(() => Reader.Read(BundleJson.Bytes(node)));
        Assert.Contains("$.checks[0].findings[0].location.line", error.Message, StringComparison.Ordinal);

        node = Sample();
        node["checks"]![1]!["status"] = "<script>";
        error = Assert.Throws<EvidenceBundleException>(() => Reader.Read(BundleJson.Bytes(node)));
        Assert.Contains("$.checks[1].status", error.Message, StringComparison.Ordinal);

        node = Sample();
        node["principles"]![0]!["claims"]![0]!["id"] = "3.2.x";
        error = Assert.Throws<EvidenceBundleException>(() => Reader.Read(BundleJson.Bytes(node)));
        Assert.Contains("$.principles[0].claims[0].id", error.Message, StringComparison.Ordinal);

        node = Sample();
        node["checks"]![1]!["facts"]!["components"] = 42;
        error = Assert.Throws<EvidenceBundleException>(() => Reader.Read(BundleJson.Bytes(node)));
        Assert.Contains("$.checks[1].facts.components must be a string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_truncated_and_non_json_input()
    {
        var bytes = BundleJson.Bytes(Sample());

        Assert.Contains("not valid JSON", Assert.Throws<EvidenceBundleException>(() => Reader.Read(bytes.AsMemory(0, bytes.Length / 2))).Message, StringComparison.Ordinal);
        Assert.Throws<EvidenceBundleException>(() => Reader.Read("\u00ff\u00fe garbage"u8.ToArray()));
        Assert.Throws<EvidenceBundleException>(() => Reader.Read(ReadOnlyMemory<byte>.Empty));
        Assert.Throws<EvidenceBundleException>(() => Reader.Read("[]"u8.ToArray()));
    }

    [Fact]
    public void Refuses_deeply_nested_input()
    {
        var node = Sample();
        var deep = new string('[', 200) + new string(']', 200);
        var text = node.ToJsonString().Replace("\"facts\":{\"components\":\"42\"}", "\"facts\":{},\"bomb\":" + deep, StringComparison.Ordinal);

        var error = Assert.Throws<EvidenceBundleException>(() => Reader.Read(Encoding.UTF8.GetBytes(text)));

        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_an_oversized_bundle_while_streaming()
    {
        var reader = new EvidenceBundleReader(1024);
        var bytes = BundleJson.Bytes(Sample());
        var big = bytes.Concat(Enumerable.Repeat((byte)' ', 2048)).ToArray();

        var error = await Assert.ThrowsAsync<EvidenceBundleException>(() => reader.ReadAsync(new MemoryStream(big)));

        Assert.Contains("larger than the limit", error.Message, StringComparison.Ordinal);
        Assert.Equal(50L * 1024 * 1024, new EvidenceBundleReader().MaxBytes);
    }

    [Fact]
    public void Accepts_a_utf8_byte_order_mark_and_refuses_utf16_with_a_clear_message()
    {
        var bytes = BundleJson.Bytes(Sample());

        Assert.Equal("shop", Reader.Read((byte[])[0xEF, 0xBB, 0xBF, .. bytes]).SubjectName);
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sample().ToJsonString())).ToArray();
        Assert.Contains("UTF-16", Assert.Throws<EvidenceBundleException>(() => Reader.Read(utf16)).Message, StringComparison.Ordinal);
    }
}
