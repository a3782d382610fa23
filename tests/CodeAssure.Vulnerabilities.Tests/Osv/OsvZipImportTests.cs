using System.IO.Compression;
using CodeAssure.Vulnerabilities.Index;
using CodeAssure.Vulnerabilities.Osv;

namespace CodeAssure.Vulnerabilities.Tests.Osv;

public sealed class OsvZipImportTests
{
    private static string Record(string id) =>
        $$"""{"id":"{{id}}","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"PyPI","name":"pkg"},"versions":["1.0"]}]}""";

    private static string Zip(TemporaryFolder folder, string name, params (string Entry, byte[] Content)[] entries)
    {
        var path = folder.File(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, content) in entries)
        {
            using var stream = zip.CreateEntry(entry, CompressionLevel.Optimal).Open();
            stream.Write(content);
        }

        return path;
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task Imports_the_records_of_a_zip_dump()
    {
        using var folder = new TemporaryFolder();
        var zip = Zip(folder, "all.zip",
            ("PYSEC-1.json", Utf8(Record("PYSEC-1"))),
            ("nested/PYSEC-2.json", Utf8(Record("PYSEC-2"))),
            ("PYSEC-3.yaml", Utf8("id: PYSEC-3\nmodified: 2024-01-01T00:00:00Z\n")),
            ("README.md", Utf8("not a record")),
            ("broken.json", Utf8("{\"id\":")));

        var summary = await new OsvImporter().ImportAsync(folder.Index, [zip]);

        var source = Assert.Single(summary.Sources);
        Assert.Equal(("zip", OsvSourceStatus.Imported, 3, 1), (source.Kind, source.Status, source.Read, source.Skipped));
        Assert.Contains(summary.Skipped, s => s.Location.EndsWith("all.zip!broken.json", StringComparison.Ordinal) && s.Reason.Contains("JSON", StringComparison.Ordinal));
        using var index = OsvIndex.Open(folder.Index);
        Assert.Equal(2, index.FindByPackage("PyPI", "pkg").Count);
    }

    [Theory]
    [InlineData("../evil.json")]
    [InlineData("a/../../evil.json")]
    [InlineData("/etc/evil.json")]
    [InlineData("\\windows\\evil.json")]
    [InlineData("C:/evil.json")]
    public async Task Skips_entries_whose_path_escapes_the_archive(string entry)
    {
        using var folder = new TemporaryFolder();
        var zip = Zip(folder, "slip.zip", (entry, Utf8(Record("X-1"))), ("ok.json", Utf8(Record("X-2"))));

        var summary = await new OsvImporter().ImportAsync(folder.Index, [zip]);

        Assert.Equal(1, summary.Read);
        var skipped = Assert.Single(summary.Skipped);
        Assert.Contains("unsafe entry path", skipped.Reason, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "..", "evil.json")));
    }

    [Fact]
    public async Task Skips_an_entry_larger_than_a_record_may_be()
    {
        using var folder = new TemporaryFolder();
        var zip = Zip(folder, "big.zip", ("big.json", new byte[3 * 1024 * 1024]), ("ok.json", Utf8(Record("X-2"))));
        var limits = new OsvImportLimits { MaxRecordBytes = 2 * 1024 * 1024 };

        var summary = await new OsvImporter(limits: limits).ImportAsync(folder.Index, [zip]);

        Assert.Equal(1, summary.Read);
        Assert.Contains("limit for a record", Assert.Single(summary.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skips_an_entry_compressed_like_a_zip_bomb()
    {
        using var folder = new TemporaryFolder();
        var zip = Zip(folder, "bomb.zip", ("bomb.json", new byte[8 * 1024 * 1024]), ("ok.json", Utf8(Record("X-2"))));

        var summary = await new OsvImporter().ImportAsync(folder.Index, [zip]);

        Assert.Equal(1, summary.Read);
        Assert.Contains("zip bomb", Assert.Single(summary.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skips_an_entry_whose_header_understates_its_size()
    {
        using var folder = new TemporaryFolder();
        var zip = Zip(folder, "liar.zip", ("liar.json", new byte[3 * 1024 * 1024]), ("ok.json", Utf8(Record("X-2"))));
        var bytes = await File.ReadAllBytesAsync(zip);
        // Claim 100 bytes uncompressed in both the local and the central header of the first entry.
        BitConverter.TryWriteBytes(bytes.AsSpan(22, 4), 100);
        var central = bytes.AsSpan().IndexOf("PK\u0001\u0002"u8);
        BitConverter.TryWriteBytes(bytes.AsSpan(central + 24, 4), 100);
        await File.WriteAllBytesAsync(zip, bytes);

        var summary = await new OsvImporter(limits: new OsvImportLimits { MaxRecordBytes = 1024 * 1024 }).ImportAsync(folder.Index, [zip]);

        Assert.Equal(1, summary.Read);
        var skipped = Assert.Single(summary.Skipped);
        Assert.EndsWith("liar.zip!liar.json", skipped.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Abandons_a_zip_beyond_the_total_size_limit_and_keeps_none_of_it()
    {
        using var folder = new TemporaryFolder();
        var zip = Zip(folder, "many.zip", [.. Enumerable.Range(0, 20).Select(i => ($"X-{i}.json", Utf8(Record($"X-{i}"))))]);
        var other = folder.Write("other/Y-1.json", Record("Y-1"));
        var limits = new OsvImportLimits { MaxZipTotalBytes = 1000 };

        var summary = await new OsvImporter(limits: limits).ImportAsync(folder.Index, [zip, Path.GetDirectoryName(other)!]);

        Assert.Equal(OsvSourceStatus.Failed, summary.Sources[0].Status);
        Assert.Contains("zip bomb", summary.Sources[0].Error, StringComparison.Ordinal);
        Assert.Equal(OsvSourceStatus.Imported, summary.Sources[1].Status);
        Assert.Equal(1, summary.ReadByEcosystem["PyPI"]);
        using var index = OsvIndex.Open(folder.Index);
        Assert.Equal(["Y-1"], index.Ids);
    }

    [Fact]
    public async Task Reports_a_file_that_is_not_a_zip_as_a_failed_source()
    {
        using var folder = new TemporaryFolder();
        var fake = folder.Write("fake.zip", "this is not a zip archive");

        var summary = await new OsvImporter().ImportAsync(folder.Index, [fake]);

        var source = Assert.Single(summary.Sources);
        Assert.Equal(OsvSourceStatus.Failed, source.Status);
        Assert.Contains("not a readable zip", source.Error, StringComparison.Ordinal);
        Assert.False(summary.IndexWritten);
    }

    [Fact]
    public async Task Reports_a_missing_source_without_stopping_the_others()
    {
        using var folder = new TemporaryFolder();
        var good = folder.Write("good/X-1.json", Record("X-1"));

        var summary = await new OsvImporter().ImportAsync(folder.Index, [folder.File("missing.json"), Path.GetDirectoryName(good)!]);

        Assert.Equal(OsvSourceStatus.Failed, summary.Sources[0].Status);
        Assert.Contains("does not exist", summary.Sources[0].Error, StringComparison.Ordinal);
        Assert.Equal(1, summary.Read);
    }

    [Fact]
    public async Task Skips_oversized_record_files_in_a_folder()
    {
        using var folder = new TemporaryFolder();
        folder.Write("src/huge.json", $$"""{"id":"X-1","modified":"2024-01-01T00:00:00Z","details":"{{new string('a', 5000)}}"}""");
        folder.Write("src/ok.json", Record("X-2"));

        var summary = await new OsvImporter(limits: new OsvImportLimits { MaxRecordBytes = 4096 }).ImportAsync(folder.Index, [folder.File("src")]);

        Assert.Equal(1, summary.Read);
        Assert.Contains("limit for a record", Assert.Single(summary.Skipped).Reason, StringComparison.Ordinal);
    }
}
