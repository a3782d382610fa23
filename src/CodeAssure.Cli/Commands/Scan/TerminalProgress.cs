using System.Globalization;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Cli.Commands.Scan;

/// <summary>
/// Shows which check is running on one self-overwriting line of stderr. Only used when stderr is a terminal, so
/// progress never lands in a pipe, a log or a report file.
/// </summary>
internal sealed class TerminalProgress(TextWriter error) : IProgress<ScanProgress>
{
    private const string ClearLine = "\r\u001b[2K";

    private bool _shown;

    public void Report(ScanProgress value)
    {
        error.Write(string.Create(CultureInfo.InvariantCulture, $"{ClearLine}scanning [{value.Position}/{value.Total}] {value.CheckId} {value.Title}"));
        error.Flush();
        _shown = true;
    }

    /// <summary>Removes the progress line, so what follows starts on a clean line.</summary>
    public void Clear()
    {
        if (_shown)
        {
            error.Write(ClearLine);
            error.Flush();
        }
    }

    /// <summary>True when stderr is this process's console and not redirected (a pipe or a file).</summary>
    public static bool IsTerminal(TextWriter error) => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
}
