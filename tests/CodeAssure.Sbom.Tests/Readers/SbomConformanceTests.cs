using CodeAssure.Sbom.Model;
using CodeAssure.Sbom.Readers;
using CodeAssure.TestSupport;
using Xunit.Abstractions;

namespace CodeAssure.Sbom.Tests.Readers;

public sealed class SbomConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Reads_every_manifest_sbom_with_the_manifest_count_and_rejects_the_broken_ones()
    {
        var rows = SbomManifest.Load(ConformanceData.PathOf("sboms", "MANIFEST.csv"));
        Assert.NotEmpty(rows);
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var problem = Check(row);
            if (problem is not null)
            {
                failures.Add($"{row.Path}: {problem}");
            }
        }

        ConformanceReport.Record(output, "sboms (read, count, reject broken)", rows.Count - failures.Count, rows.Count, failures);

        // SPDX RDF/XML is not supported (docs/sbom.md): those rows must be refused with that reason; all others must pass.
        Assert.All(failures, f => Assert.Contains("SPDX RDF/XML is not supported", f, StringComparison.Ordinal));
        Assert.True(failures.Count <= rows.Count(r => r.Serialization == "rdf-xml"), string.Join('\n', failures));
    }

    private static string? Check(SbomManifestRow row)
    {
        var path = ConformanceData.PathOf("sboms", row.Path);
        SbomDocument sbom;
        try
        {
            sbom = SbomReader.ReadFile(path);
        }
        catch (SbomFormatException e)
        {
            // A rejection must say where: "<file>:<line>:<column>: <reason>".
            return row.ShouldRead ? $"rejected: {e.Message}"
                : e.Line >= 1 && e.Column >= 1 && e.Reason.Length > 0 && e.Message.StartsWith(path, StringComparison.Ordinal) ? null
                : $"rejected without a clear message: {e.Message}";
        }
#pragma warning disable CA1031 // Any other exception is a crash, which is exactly what this test counts.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"crashed: {e.GetType().Name}: {e.Message}";
        }

        if (!row.ShouldRead)
        {
            return $"accepted, but the manifest marks it {row.Format}: {row.Note}";
        }

        var format = row.Format == "CycloneDX" ? SbomFormat.CycloneDx : SbomFormat.Spdx;
        if (sbom.Format != format)
        {
            return $"read as {sbom.Format}, expected {format}";
        }

        var expectedVersion = row.SpecVersion.StartsWith("SPDX-", StringComparison.Ordinal) ? row.SpecVersion[5..] : row.SpecVersion;
        if (expectedVersion.Length > 0 && sbom.SpecVersion != expectedVersion && !sbom.SpecVersion.StartsWith(expectedVersion + ".", StringComparison.Ordinal))
        {
            return $"spec version {sbom.SpecVersion}, expected {row.SpecVersion}";
        }

        return sbom.Components.Count == row.Count ? null : $"{sbom.Components.Count} components, expected {row.Count}";
    }
}
