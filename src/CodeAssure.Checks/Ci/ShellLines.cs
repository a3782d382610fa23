using System.Text.RegularExpressions;

namespace CodeAssure.Checks.Ci;

/// <summary>What a line of a CI script does with its text: print it, hand it to an interpreter, or dump every variable.</summary>
internal static partial class ShellLines
{
    /// <summary>True when the line prints (echo, printf, Write-Host …) and its output reaches the log (not piped or redirected to a file).</summary>
    public static bool PrintsToLog(string line)
    {
        var print = PrintCommand().Match(line);
        return print.Success && !PipeOrRedirect().IsMatch(line[print.Index..]);
    }

    /// <summary>True when the line hands a string to an interpreter (eval, sh -c, Invoke-Expression …), so text inside it runs as code.</summary>
    public static bool Evaluates(string line) => Interpreter().IsMatch(line);

    /// <summary>True when the line prints every environment variable (env, printenv, export -p, set, Get-ChildItem env:).</summary>
    public static bool DumpsEnvironment(string line) => EnvironmentDump().IsMatch(line.Trim());

    /// <summary>The lines of a script, with their index, skipping blank lines and shell comments.</summary>
    public static IEnumerable<(int Index, string Line)> Lines(string script)
    {
        var lines = script.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                yield return (i, line);
            }
        }
    }

    [GeneratedRegex(@"(?<![\w.-])(echo|printf|Write-Host|Write-Output|print|puts|cat\s+<<<)(?![\w-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PrintCommand();

    // Output piped to another command or redirected to a file does not reach the log (2>&1 and >&2 still do).
    [GeneratedRegex(@"(?<!\|)\|(?!\|)|(?<![\d&])>{1,2}\s*(?!&)[^\s&>]", RegexOptions.CultureInvariant)]
    private static partial Regex PipeOrRedirect();

    [GeneratedRegex(@"(?<![\w.-])(eval|(ba|z|da|k)?sh\s+(-\w+\s+)*-\w*c|pwsh(\.exe)?\s+(-\w+\s+)*-(c|Command)|powershell(\.exe)?\s+(-\w+\s+)*-(c|Command)|python[23]?\s+-c|node\s+-e|perl\s+-e|ruby\s+-e|Invoke-Expression|iex)(?![\w-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Interpreter();

    [GeneratedRegex(@"^(env|printenv|export\s+-p|set|declare\s+-p|Get-ChildItem\s+env:|gci\s+env:|dir\s+env:)\s*;?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnvironmentDump();
}
