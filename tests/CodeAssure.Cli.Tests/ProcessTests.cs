using System.Diagnostics;

namespace CodeAssure.Cli.Tests;

/// <summary>The real executable, started as a process: exit codes and streams as a shell sees them.</summary>
public sealed class ProcessTests
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "codeassure.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task The_executable_lists_the_catalogue_and_exits_0()
    {
        var (code, stdout, stderr) = await RunAsync("catalog", "--role", "reseller");

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains("3.2", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_executable_reports_an_unknown_id_with_exit_2_and_no_stack_trace()
    {
        var (code, stdout, stderr) = await RunAsync("catalog", "show", "7.7");

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
    }
}
