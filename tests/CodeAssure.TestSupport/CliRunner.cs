using CodeAssure.Cli;

namespace CodeAssure.TestSupport;

/// <summary>Runs the codeassure command line in-process, as a user would type it, and captures what it prints.</summary>
public static class CliRunner
{
    /// <summary>Runs <c>codeassure</c> with the arguments and no standard input.</summary>
    public static Task<CliResult> RunAsync(params string[] args) => RunWithInputAsync("", args);

    /// <summary>Runs <c>codeassure</c> with the arguments, feeding <paramref name="stdin"/> as standard input.</summary>
    public static async Task<CliResult> RunWithInputAsync(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, input, output, error).ConfigureAwait(false);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
