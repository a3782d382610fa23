using System.IO.Compression;
using System.Text;
using CodeAssure.Attestation.Bundles;

namespace CodeAssure.Attestation.Tests;

public sealed class BundleTests
{
    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("evidence/../../x")]
    [InlineData("C:\\x")]
    [InlineData("evidence//x")]
    public void Refuses_entries_with_unsafe_names(string name)
    {
        var zip = ZipOf(("attestation.json", "{}"u8.ToArray()), (name, "x"u8.ToArray()));

        var e = Assert.Throws<AttestationBundleException>(() => AttestationBundle.Read(new MemoryStream(zip)));

        Assert.Contains("unsafe name", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_zip_without_an_attestation()
    {
        var zip = ZipOf(("manifest.json", "{\"files\":[]}"u8.ToArray()));

        Assert.Throws<AttestationBundleException>(() => AttestationBundle.Read(new MemoryStream(zip)));
    }

    [Fact]
    public void Refuses_bytes_that_are_not_a_zip()
    {
        Assert.Throws<AttestationBundleException>(() => AttestationBundle.Read(new MemoryStream(Encoding.UTF8.GetBytes("PK not really"))));
    }

    [Fact]
    public void Refuses_an_entry_that_inflates_beyond_the_limit()
    {
        // 65 MiB of zeros compresses to a few tens of KiB: the limit is checked on inflated bytes.
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("attestation.json").Open().Dispose();
            using var bomb = archive.CreateEntry("evidence/bomb.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 65; i++)
            {
                bomb.Write(zeros);
            }
        }

        var e = Assert.Throws<AttestationBundleException>(() => AttestationBundle.Read(new MemoryStream(stream.ToArray())));

        Assert.Contains("larger than the limit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_manifest_naming_a_missing_file()
    {
        var zip = ZipOf(("attestation.json", "{}"u8.ToArray()), ("manifest.json", "{\"files\":[{\"path\":\"evidence/x\",\"role\":\"evidence\",\"id\":\"x\"}]}"u8.ToArray()));

        var e = Assert.Throws<AttestationBundleException>(() => AttestationBundle.Read(new MemoryStream(zip)));

        Assert.Contains("missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_segment_turns_any_file_name_into_a_safe_entry_name()
    {
        foreach (var name in new[] { "../../etc/passwd", "résumé final.pdf", "..", "", "a\\b:c" })
        {
            Assert.True(AttestationBundle.IsSafeEntryName("evidence/" + AttestationBundle.SafeSegment(name)), name);
        }
    }

    private static byte[] ZipOf(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }
}
