using CodeAssure.Sbom.Comparison;
using CodeAssure.Sbom.Merging;
using CodeAssure.Sbom.Model;
using CodeAssure.Sbom.Readers;
using CodeAssure.Sbom.Validation;
using CodeAssure.Sbom.Writers;
using CodeAssure.TestSupport;

namespace CodeAssure.Sbom.Tests.Merging;

public sealed class SbomMergerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static SbomDocument Part(string subject, params (string Ref, string Name, string Version, string[] DependsOn)[] components) => new(
        SbomFormat.CycloneDx, "1.6", null,
        new SbomMetadata(new SbomComponent(subject) { BomRef = "root", Type = "application", Version = "1.0" }, Now, []),
        [.. components.Select(c => new SbomComponent(c.Name) { BomRef = c.Ref, Version = c.Version, Purl = $"pkg:npm/{c.Name}@{c.Version}" })],
        [new SbomDependency("root", [.. components.Select(c => c.Ref).Take(1)]), .. components.Select(c => new SbomDependency(c.Ref, c.DependsOn))]);

    private static byte[] Write(SbomDocument sbom)
    {
        using var stream = new MemoryStream();
        CycloneDxDocumentWriter.Write(stream, sbom, new SbomDocumentInfo(Guid.NewGuid(), Now, "CodeAssure", "0.1.0"));
        return stream.ToArray();
    }

    [Fact]
    public void Components_are_deduplicated_by_purl_and_colliding_bom_refs_are_kept_apart()
    {
        // Both parts call different packages "a": after merging each keeps its own dependencies.
        var web = Part("web", ("a", "express", "4.19.2", ["b"]), ("b", "qs", "6.11.0", []));
        var worker = Part("worker", ("a", "bullmq", "5.1.0", ["b"]), ("b", "qs", "6.11.0", []));

        var merged = SbomMerger.Merge([web, worker], "shop", "2.0", Now);

        Assert.Equal("shop", merged.Metadata.Component!.Name);
        Assert.Equal(["pkg:npm/express@4.19.2", "pkg:npm/qs@6.11.0", "pkg:npm/bullmq@5.1.0"],
            merged.Components.Where(c => c.Purl is not null).Select(c => c.Purl));
        Assert.Equal(2, merged.Components.Count(c => c.Type == "application"));
        var deps = merged.Dependencies.ToDictionary(d => d.Ref, d => d.DependsOn);
        Assert.Equal(["pkg:npm/qs@6.11.0"], deps["pkg:npm/express@4.19.2"]);
        Assert.Equal(["pkg:npm/qs@6.11.0"], deps["pkg:npm/bullmq@5.1.0"]);
        Assert.Equal(2, deps["product"].Count);
        Assert.All(merged.Dependencies.SelectMany(d => d.DependsOn.Append(d.Ref)),
            r => Assert.True(r == "product" || merged.Components.Any(c => c.BomRef == r), r));
    }

    [Fact]
    public void The_written_merge_validates_against_the_official_schema_and_reads_back()
    {
        var merged = SbomMerger.Merge([Part("web", ("a", "express", "4.19.2", [])), Part("cli", ("x", "commander", "12.0.0", []))], "shop", null, Now);

        var json = Write(merged);
        var result = new SbomValidator().Validate(json, "merged.json");
        var back = SbomReader.Read(new MemoryStream(json), "merged.json");

        Assert.True(result.IsValid, string.Join(" | ", result.Problems));
        Assert.True(SbomComparer.Compare(merged, back).IsEmpty);
        Assert.Equal("shop", back.Metadata.Component?.Name);
    }

    [Fact]
    public void Real_sboms_of_different_formats_merge_into_one_valid_cyclonedx_document()
    {
        var rows = File.ReadAllLines(ConformanceData.PathOf("sboms", "MANIFEST.csv")).Skip(1)
            .Select(l => l.Split(',')).Where(f => !string.Join(',', f).Contains("INVALID", StringComparison.Ordinal)).ToList();
        string Pick(string format, string ext) => rows.First(r => r[1].Contains(format, StringComparison.OrdinalIgnoreCase) && r[0].EndsWith(ext, StringComparison.Ordinal))[0];
        var parts = new[] { Pick("cyclonedx", ".json"), Pick("spdx", ".json"), Pick("cyclonedx", ".xml") }
            .Select(f => SbomReader.ReadFile(ConformanceData.PathOf("sboms", f))).ToList();

        var merged = SbomMerger.Merge(parts, "product", "1", Now);
        var result = new SbomValidator().Validate(Write(merged), "merged.json");

        // Components with a purl are one per purl across all parts; those without stay apart per part.
        var expected = parts.SelectMany((p, i) => (p.Metadata.Component is { } s ? p.Components.Prepend(s) : p.Components)
            .Select(c => c.Purl is { Length: > 0 } purl ? purl : $"{i}:{c.Type}:{c.Group}/{c.Name}@{c.Version}")).Distinct().Count();
        Assert.True(result.IsValid, string.Join(" | ", result.Problems.Take(5)));
        Assert.Equal(expected, merged.Components.Count);
    }
}
