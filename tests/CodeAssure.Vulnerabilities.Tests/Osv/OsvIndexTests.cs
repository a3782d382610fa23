using System.Buffers.Binary;
using CodeAssure.Vulnerabilities.Index;
using CodeAssure.Vulnerabilities.Osv;

namespace CodeAssure.Vulnerabilities.Tests.Osv;

public sealed class OsvIndexTests
{
    private static string Record(string id, string modified, string summary = "s", string package = "left-pad") =>
        $$"""{"id":"{{id}}","modified":"{{modified}}","summary":"{{summary}}","affected":[{"package":{"ecosystem":"npm","name":"{{package}}"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.3.0"}]}]}]}""";

    private static async Task<string> ImportOne(TemporaryFolder folder, string name, string json, OsvImporter? importer = null)
    {
        var path = folder.Write(Path.Combine(name, "record.json"), json);
        await (importer ?? new OsvImporter()).ImportAsync(folder.Index, [Path.GetDirectoryName(path)!]);
        return path;
    }

    [Fact]
    public async Task A_newer_modified_replaces_an_older_one_and_not_the_other_way_round()
    {
        using var folder = new TemporaryFolder();
        await ImportOne(folder, "a", Record("X-1", "2024-01-01T00:00:00Z", "first"));

        folder.Write("b/record.json", Record("X-1", "2024-02-01T00:00:00Z", "second"));
        var newer = await new OsvImporter().ImportAsync(folder.Index, [folder.File("b")]);
        folder.Write("c/record.json", Record("X-1", "2023-12-01T00:00:00Z", "older"));
        var older = await new OsvImporter().ImportAsync(folder.Index, [folder.File("c")]);
        var same = await new OsvImporter().ImportAsync(folder.Index, [folder.File("b")]);

        Assert.Equal(1, newer.Sources[0].Replaced);
        Assert.Equal(1, older.Sources[0].Outdated);
        Assert.Equal(1, same.Sources[0].Unchanged);
        using var index = OsvIndex.Open(folder.Index);
        Assert.Equal("second", index.FindById("X-1")!.Summary);
        Assert.Equal(1, index.RecordCount);
        Assert.Equal(3, index.Metadata.Sources.Count);
    }

    [Fact]
    public async Task Importing_adds_to_the_existing_index_unless_fresh()
    {
        using var folder = new TemporaryFolder();
        await ImportOne(folder, "a", Record("X-1", "2024-01-01T00:00:00Z"));
        await ImportOne(folder, "b", Record("X-2", "2024-01-01T00:00:00Z", package: "Other"));

        using (var index = OsvIndex.Open(folder.Index))
        {
            Assert.Equal(["X-1", "X-2"], index.Ids);
            Assert.Single(index.FindByPackage("npm", "other"));
        }

        await new OsvImporter().ImportAsync(folder.Index, [folder.File("b")], fresh: true);
        using var rebuilt = OsvIndex.Open(folder.Index);
        Assert.Equal(["X-2"], rebuilt.Ids);
    }

    [Fact]
    public async Task A_fresh_import_whose_sources_all_fail_keeps_the_old_index()
    {
        using var folder = new TemporaryFolder();
        await ImportOne(folder, "a", Record("X-1", "2024-01-01T00:00:00Z"));

        var summary = await new OsvImporter().ImportAsync(folder.Index, [folder.File("missing")], fresh: true);

        Assert.False(summary.IndexWritten);
        using var index = OsvIndex.Open(folder.Index);
        Assert.Equal(["X-1"], index.Ids);
    }

    [Fact]
    public async Task Detects_a_truncated_index()
    {
        using var folder = new TemporaryFolder();
        await ImportOne(folder, "a", Record("X-1", "2024-01-01T00:00:00Z"));
        var bytes = await File.ReadAllBytesAsync(folder.Index);
        await File.WriteAllBytesAsync(folder.Index, bytes[..^40]);

        var e = Assert.Throws<OsvIndexCorruptException>(() => OsvIndex.Open(folder.Index));

        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detects_a_damaged_byte_by_its_checksum()
    {
        using var folder = new TemporaryFolder();
        await ImportOne(folder, "a", Record("X-1", "2024-01-01T00:00:00Z"));
        var bytes = await File.ReadAllBytesAsync(folder.Index);
        bytes[^50] ^= 0x01;
        await File.WriteAllBytesAsync(folder.Index, bytes);

        var e = Assert.Throws<OsvIndexCorruptException>(() => OsvIndex.Open(folder.Index));

        Assert.Contains("checksum", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("this is not an index, but it is long enough to hold a header if it were one; padding padding padding padding padding padding padding padding")]
    public void Rejects_a_file_that_is_not_an_index(string content)
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.Index, content);

        var e = Assert.Throws<OsvIndexCorruptException>(() => OsvIndex.Open(folder.Index));

        Assert.Contains("not a CodeAssure OSV index", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_into_a_damaged_index_fails_clearly_and_fresh_rebuilds_it()
    {
        using var folder = new TemporaryFolder();
        var path = await ImportOne(folder, "a", Record("X-1", "2024-01-01T00:00:00Z"));
        await File.WriteAllTextAsync(folder.Index, "garbage");

        await Assert.ThrowsAsync<OsvIndexCorruptException>(() => new OsvImporter().ImportAsync(folder.Index, [path]));
        var summary = await new OsvImporter().ImportAsync(folder.Index, [path], fresh: true);

        Assert.Equal(1, summary.IndexRecords);
        using var index = OsvIndex.Open(folder.Index);
        Assert.NotNull(index.FindById("X-1"));
    }

    [Fact]
    public async Task An_import_that_dies_while_writing_leaves_the_old_index_intact()
    {
        using var folder = new TemporaryFolder();
        await ImportOne(folder, "a", Record("X-1", "2024-01-01T00:00:00Z"));
        var before = await File.ReadAllBytesAsync(folder.Index);
        folder.Write("b/record.json", Record("X-2", "2024-01-01T00:00:00Z"));
        var crashing = new OsvImporter { WriterDecorator = stream => new CrashingStream(stream, crashAfterBytes: 300) };

        await Assert.ThrowsAsync<IOException>(() => crashing.ImportAsync(folder.Index, [folder.File("b")]));

        Assert.Equal(before, await File.ReadAllBytesAsync(folder.Index));
        Assert.Empty(Directory.EnumerateFiles(folder.Path, "osv.idx.tmp-*"));
        using var index = OsvIndex.Open(folder.Index);
        Assert.Equal(["X-1"], index.Ids);
    }

    [Fact]
    public async Task Leftover_temporary_files_from_a_killed_import_are_removed_by_the_next()
    {
        using var folder = new TemporaryFolder();
        var leftover = folder.Write("osv.idx.tmp-0123456789abcdef", "half an index");

        await ImportOne(folder, "a", Record("X-1", "2024-01-01T00:00:00Z"));

        Assert.False(File.Exists(leftover));
    }

    [Fact]
    public async Task Two_imports_never_interleave()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("a/record.json", Record("X-1", "2024-01-01T00:00:00Z"));
        using var held = await OsvIndexLock.AcquireAsync(folder.Index, TimeSpan.Zero, TimeProvider.System, CancellationToken.None);
        var importer = new OsvImporter(limits: new OsvImportLimits { LockTimeout = TimeSpan.FromMilliseconds(300) });

        var e = await Assert.ThrowsAsync<IOException>(() => importer.ImportAsync(folder.Index, [path]));

        Assert.Contains("another import", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Index));
    }

    [Fact]
    public async Task Stores_every_field_and_counts_per_ecosystem()
    {
        using var folder = new TemporaryFolder();
        var json = """{"schema_version":"1.6.0","id":"X-1","modified":"2024-01-01T00:00:00Z","withdrawn":"2024-02-01T00:00:00Z","upstream":["U-1"],"affected":[{"package":{"ecosystem":"Debian:12","name":"openssl"},"versions":["1"]},{"package":{"ecosystem":"Debian:11","name":"openssl"},"versions":["1"]},{"package":{"ecosystem":"PyPI","name":"A_B"},"versions":["1"]}],"credits":[{"name":"n"}]}""";
        await ImportOne(folder, "a", json);

        using var index = OsvIndex.Open(folder.Index);

        Assert.Equal(json, System.Text.Encoding.UTF8.GetString(index.FindJsonById("X-1")!));
        Assert.Equal(1, index.WithdrawnCount);
        Assert.Equal(
            [new OsvEcosystemCount("Debian", 1, 1, 1), new OsvEcosystemCount("PyPI", 1, 1, 1)],
            index.Metadata.Ecosystems);
        Assert.Equal(3, index.PackageKeyCount);
        Assert.Equal(1, index.CountByPackage("Debian", "openssl"));
        Assert.Equal(1, index.CountByPackage("PyPI", "a.b"));
    }

    [Fact]
    public async Task Large_imports_keep_every_record_findable()
    {
        using var folder = new TemporaryFolder();
        SyntheticOsvRecords.WriteFolder(folder.File("syn"), 3000);

        var summary = await new OsvImporter().ImportAsync(folder.Index, [folder.File("syn")]);

        Assert.Equal(3000, summary.Added);
        using var index = OsvIndex.Open(folder.Index);
        Assert.Equal(3000, index.RecordCount);
        foreach (var n in new[] { 0, 1, 1499, 2999 })
        {
            var record = index.FindById($"SYN-{n:D7}");
            Assert.NotNull(record);
            foreach (var affected in record.Affected)
            {
                Assert.Contains(index.FindByPackage(affected.Package!.Ecosystem, affected.Package.Name), r => r.Id == record.Id);
            }
        }
    }

    [Fact]
    public async Task An_index_of_an_older_format_asks_for_a_fresh_import()
    {
        using var folder = new TemporaryFolder();
        await ImportOne(folder, "a", Record("X-1", "2024-01-01T00:00:00Z"));
        var bytes = await File.ReadAllBytesAsync(folder.Index);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), 1);
        await File.WriteAllBytesAsync(folder.Index, bytes);

        var e = Assert.Throws<OsvIndexCorruptException>(() => OsvIndex.Open(folder.Index));

        Assert.Contains("format version 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("osv import --fresh", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Damaged_match_data_is_reported_as_a_damaged_index()
    {
        using var folder = new TemporaryFolder();
        await ImportOne(folder, "a", Record("X-1", "2024-01-01T00:00:00Z"));
        var bytes = await File.ReadAllBytesAsync(folder.Index);
        // The match-data section is the seventh (offset, length) pair of the header's section table.
        var matchData = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(48 + (6 * 16)));
        bytes[matchData] = 0xFF;
        await File.WriteAllBytesAsync(folder.Index, bytes);

        using var index = OsvIndex.Open(folder.Index, verifyChecksum: false);
        var e = Assert.Throws<OsvIndexCorruptException>(() => index.FindMatchableByPackage("npm", "left-pad"));

        Assert.Contains("match data of record X-1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_data_survives_a_merging_import()
    {
        using var folder = new TemporaryFolder();
        await ImportOne(folder, "a", Record("X-1", "2024-01-01T00:00:00Z", "first"));
        await ImportOne(folder, "b", Record("X-2", "2024-01-01T00:00:00Z", "second"));

        using var index = OsvIndex.Open(folder.Index);
        var found = index.FindMatchableByPackage("npm", "LEFT-PAD");

        Assert.Equal(["X-1:first", "X-2:second"], found.Select(a => $"{a.Id}:{a.Summary}"));
        Assert.All(found, a => Assert.Equal("0,1.3.0", string.Join(',', a.Affected.Single().Ranges.Single().Events.Select(e => e.Version))));
    }

    /// <summary>Passes writes through until a byte budget runs out, then fails as a dying disk or process would.</summary>
    private sealed class CrashingStream(Stream inner, long crashAfterBytes) : Stream
    {
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _written; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_written + buffer.Length > crashAfterBytes)
            {
                inner.Write(buffer[..(int)(crashAfterBytes - _written)]);
                inner.Flush();
                throw new IOException("simulated crash while writing the index");
            }

            inner.Write(buffer);
            _written += buffer.Length;
        }
    }
}
