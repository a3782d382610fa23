using CodeAssure.Sbom.Tests.Generation;
using CodeAssure.Sbom.Writers;

namespace CodeAssure.Sbom.Tests.Writers;

public class AtomicFileTests
{
    [Fact]
    public async Task Leaves_the_old_file_untouched_and_no_temporary_file_when_writing_fails()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("bom.json", "previous");
        await Assert.ThrowsAsync<InvalidOperationException>(() => AtomicFile.WriteAsync(path, async (stream, ct) =>
        {
            await stream.WriteAsync(new byte[1000], ct);
            throw new InvalidOperationException("disk on fire");
        }));
        Assert.Equal("previous", await File.ReadAllTextAsync(path));
        Assert.Single(Directory.GetFiles(folder.Path));
    }
}
