using CodeAssure.Checks.Ci;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Tests.Ci;

/// <summary>A repository made in a temp folder for one test, deleted afterwards.</summary>
internal sealed class CiRepo : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("codeassure-ci-").FullName;

    public CiRepo Write(string relative, string content)
    {
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return this;
    }

    public CiRepo WriteBytes(string relative, byte[] content)
    {
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return this;
    }

    public CiScanResult Scan(IReadOnlyList<string>? exclude = null) => new CiScanner().Scan(Root, exclude);

    public IReadOnlyList<CheckFinding> Findings(string checkId) => [.. Scan().Findings.Where(f => f.CheckId == checkId)];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
