using System.Text;
using CodeAssure.Sbom.Model;
using CodeAssure.Sbom.Readers;

namespace CodeAssure.Sbom.Tests.Readers;

/// <summary>Reads SBOM text written in a test, as if it were a file called "test".</summary>
internal static class Read
{
    public static SbomDocument Text(string text, SbomReadOptions? options = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return SbomReader.Read(stream, "test", options);
    }

    public static SbomFormatException Failure(string text, SbomReadOptions? options = null) =>
        Assert.Throws<SbomFormatException>(() => Text(text, options));
}
