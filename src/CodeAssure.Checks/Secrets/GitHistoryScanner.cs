using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Secrets;

/// <summary>
/// Scans the lines each commit added, streaming <c>git log -p --all --unified=0 --reverse</c> (run with an argument
/// list, never through a shell). Added lines of one file in one commit are scanned together, so a multi-line key added
/// in one go is found; findings are deduplicated by fingerprint, keeping the earliest commit.
/// </summary>
internal sealed class GitHistoryScanner
{
    private const string CommitMarker = "\u001Ecommit ";

    private readonly SecretScanner _scanner;

    public GitHistoryScanner(SecretScanner scanner) => _scanner = scanner;

    public async Task<SecretScanResult> ScanAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(repositoryRoot);
        if (!Directory.Exists(repositoryRoot))
        {
            throw new DirectoryNotFoundException($"folder not found: {repositoryRoot}");
        }

        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in (string[])["-C", repositoryRoot, "-c", "core.quotePath=false", "log", "-p", "--all", "--reverse",
            "--no-color", "--unified=0", "--no-ext-diff", "--no-textconv", "--format=%x1Ecommit %H%x1F%an <%ae>"])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"git is not available: {e.Message}", e);
        }

        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        var state = new State(_scanner, _scanner.Options.ExcludedFolders);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                state.Read(line);
            }

            state.Flush();
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var stderr = await errors.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            var first = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? $"exit code {process.ExitCode}";
            throw new InvalidOperationException($"git log failed in {repositoryRoot}: {first}");
        }

        return new SecretScanResult(state.Findings, [], state.FilesScanned, state.BytesScanned, state.Suppressed);
    }

    private sealed class State(SecretScanner scanner, IReadOnlySet<string> excludedFolders)
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly StringBuilder _added = new();
        private readonly List<int> _lineNumbers = [];
        private string _commit = "";
        private string _author = "";
        private string? _path;
        private int _nextLine;
        private int _oldRemaining;
        private int _newRemaining;

        public List<CheckFinding> Findings { get; } = [];

        public int FilesScanned { get; private set; }

        public long BytesScanned { get; private set; }

        public int Suppressed { get; private set; }

        public void Read(string line)
        {
            if (_oldRemaining > 0 || _newRemaining > 0)
            {
                // Inside a hunk: its header said how many lines go and come, so content is never taken for a header.
                if (line.StartsWith('+') && _newRemaining > 0)
                {
                    _newRemaining--;
                    if (_path is not null)
                    {
                        _added.Append(line, 1, line.Length - 1).Append('\n');
                        _lineNumbers.Add(_nextLine);
                    }

                    _nextLine++;
                    return;
                }

                if (line.StartsWith('-') && _oldRemaining > 0)
                {
                    _oldRemaining--;
                    return;
                }

                if (line.StartsWith('\\'))
                {
                    return;
                }

                _oldRemaining = _newRemaining = 0; // malformed: fall back to reading headers
            }

            if (line.StartsWith(CommitMarker, StringComparison.Ordinal))
            {
                Flush();
                var rest = line[CommitMarker.Length..];
                var separator = rest.IndexOf('\u001F', StringComparison.Ordinal);
                _commit = separator < 0 ? rest : rest[..separator];
                _author = separator < 0 ? "" : rest[(separator + 1)..];
                _path = null;
            }
            else if (line.StartsWith("diff --git ", StringComparison.Ordinal))
            {
                Flush();
                _path = null;
            }
            else if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                _path = NewPath(line[4..]);
            }
            else if (line.StartsWith("@@ ", StringComparison.Ordinal))
            {
                ReadHunkHeader(line);
            }
        }

        public void Flush()
        {
            if (_path is not null && _added.Length > 0 && !IsExcluded(_path))
            {
                FilesScanned++;
                BytesScanned += _added.Length;
                var numbers = _lineNumbers.ToArray();
                var findings = scanner.Findings(_added.ToString(), _path, i => numbers[i] - 1, (_commit, _author), out var suppressed);
                foreach (var finding in findings)
                {
                    if (_seen.Add(finding.Fingerprint!))
                    {
                        Findings.Add(finding);
                    }
                }

                Suppressed += suppressed;
            }

            _added.Clear();
            _lineNumbers.Clear();
        }

        // "@@ -a[,b] +c[,d] @@": b lines removed, d lines added (1 when the count is left out), starting at line c.
        private void ReadHunkHeader(string line)
        {
            var parts = line.Split(' ');
            if (parts.Length < 3)
            {
                return;
            }

            (_, _oldRemaining) = Range(parts[1]);
            (_nextLine, _newRemaining) = Range(parts[2]);
        }

        private static (int Start, int Count) Range(string part)
        {
            var text = part.AsSpan(1);
            var comma = text.IndexOf(',');
            var start = int.TryParse(comma < 0 ? text : text[..comma], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            var count = comma < 0 ? 1 : int.TryParse(text[(comma + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : 0;
            return (start, count);
        }

        private static string? NewPath(string text)
        {
            // git ends the name with a tab when it contains a space (so patch can tell where it stops).
            text = text.TrimEnd('\t');
            if (text == "/dev/null")
            {
                return null;
            }

            if (text.Length > 1 && text[0] == '"' && text[^1] == '"')
            {
                text = text[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
            }

            return text.StartsWith("b/", StringComparison.Ordinal) ? text[2..] : text;
        }

        private bool IsExcluded(string path)
        {
            var segments = path.Split('/');
            for (var i = 0; i < segments.Length - 1; i++)
            {
                if (excludedFolders.Contains(segments[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
