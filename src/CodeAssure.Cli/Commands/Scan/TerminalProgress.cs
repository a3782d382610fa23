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
        var line = string.Create(CultureInfo.InvariantCulture, $"scanning [{value.Position}/{value.Total}] {value.CheckId} {value.Title}");
        var width = Width();
        // A line longer than the terminal wraps, and '\r' would then only return to its last row.
        error.Write(ClearLine + (width > 1 && line.Length >= width ? line[..(width - 1)] : line));
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

    private static int Width()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (PlatformNotSupportedException)
        {
            return 0;
        }
    }

    /// <summary>True when stderr is this process's console and not redirected (a pipe or a file).</summary>
    public static bool IsTerminal(TextWriter error) => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
}
