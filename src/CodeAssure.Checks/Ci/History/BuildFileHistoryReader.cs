using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CodeAssure.Checks.Ci.History;

/// <summary>
/// Reads which commits changed CI and build files by streaming <c>git log --name-only</c> for the scanned folder
/// (run with an argument list, never through a shell, as the secrets history scan does).
/// </summary>
public sealed class BuildFileHistoryReader
{
    private const char RecordMarker = '\u001E';
    private const char FieldSeparator = '\u001F';

    /// <summary>The most commits read (newest first).</summary>
    public int MaxCommits { get; init; } = 20_000;

    /// <summary>The most changes kept.</summary>
    public int MaxChanges { get; init; } = 50;

    /// <summary>Reads the history, or throws <see cref="BuildHistoryUnavailableException"/> saying why it cannot be read.</summary>
    public async Task<BuildFileHistory> ReadAsync(string root, Func<string, bool> isBuildFile, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentNullException.ThrowIfNull(isBuildFile);
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in (string[])["-C", root, "-c", "core.quotePath=false", "log", "--no-color", "--no-renames", "--name-only", "--relative",
            $"--max-count={MaxCommits.ToString(CultureInfo.InvariantCulture)}", "--format=%x1E%H%x1F%an%x1F%aI%x1F%s", "--", "."])
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
            throw new BuildHistoryUnavailableException($"git is not available ({e.Message})", e);
        }

        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        var changes = new List<BuildFileChange>();
        var last = new Dictionary<string, BuildFileChange>(StringComparer.Ordinal);
        var commits = 0;
        string[]? header = null;
        var files = new List<string>();
        try
        {
            while (await process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (line.Length > 0 && line[0] == RecordMarker)
                {
                    Flush();
                    commits++;
                    header = line[1..].Split(FieldSeparator, 4);
                }
                else if (line.Length > 0 && isBuildFile(line))
                {
                    files.Add(line);
                }
            }

            Flush();
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
            throw new BuildHistoryUnavailableException(first.Contains("not a git repository", StringComparison.OrdinalIgnoreCase)
                ? "the folder is not a git repository"
                : $"git log failed: {first}");
        }

        return new BuildFileHistory(changes, commits, IsShallow(root), last);

        void Flush()
        {
            if (header is { Length: 4 } && files.Count > 0)
            {
                var date = DateTimeOffset.TryParse(header[2], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : DateTimeOffset.MinValue;
                var change = new BuildFileChange(header[0], header[1], date, header[3], [.. files]);
                if (changes.Count < MaxChanges)
                {
                    changes.Add(change);
                }

                foreach (var file in files)
                {
                    last.TryAdd(file, change); // newest first: the first seen is the latest
                }
            }

            files.Clear();
        }
    }

    private static bool IsShallow(string root)
    {
        var gitFolder = Path.Combine(root, ".git");
        return Directory.Exists(gitFolder) && File.Exists(Path.Combine(gitFolder, "shallow"));
    }
}
