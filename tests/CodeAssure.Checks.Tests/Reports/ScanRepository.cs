using System.Diagnostics;

namespace CodeAssure.Checks.Tests.Reports;

/// <summary>A small repository made for a test: a folder under temp, optionally a git repository, deleted afterwards.</summary>
internal sealed class ScanRepository : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("codeassure-report-").FullName;

    /// <summary>Where --db points: a file that does not exist, so the vulnerability check is skipped, never the user's cache.</summary>
    public string NoIndex => Path.Combine(Root, "..", "no-such-osv.idx");

    /// <summary>A fake AWS key id, built at run time from parts so nothing secret-shaped is committed.</summary>
    public static string FakeKey => "AKIA" + "Z7QXJ3K5N2PYR4T6";

    /// <summary>A second fake AWS key id, for history tests.</summary>
    public static string OtherFakeKey => "AKIA" + "R3TXN6K2M7PYQ4W5";

    public string Write(string relative, string content)
    {
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void WriteSecurityPolicy() =>
        Write("SECURITY.md", "# Security\n\nReport vulnerabilities privately to security@example.com. We acknowledge reports within 3 working days and publish an advisory after a fix.\n");

    public static bool GitAvailable()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("git", "--version") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    public string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])["-C", Root, "-c", "user.name=Test", "-c", "user.email=test@example.test", "-c", "commit.gpgsign=false", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
        return output;
    }

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
