using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using CodeAssure.Checks.Findings;
using Microsoft.Win32.SafeHandles;

namespace CodeAssure.Checks.Secrets;

/// <summary>
/// Finds hard-coded credentials (claim 1.4.5) in a folder's files or in a git repository's history. Every finding is
/// reported under check <see cref="SecretRules.CheckId"/> with the rule's id, redacted (<see cref="SecretRedaction"/>),
/// and left out when an allow comment or the baseline accepts it.
/// </summary>
public sealed class SecretScanner
{
    private const int BinarySniffBytes = 8 * 1024;

    // Files above this size are read one at a time: each costs about three times its size in memory while scanned.
    private const long LargeFileBytes = 1024 * 1024;

    private readonly SecretScanOptions _options;
    private readonly SecretDetector _detector;
    private readonly KeywordPrefilter _prefilter;
    private readonly HashSet<string> _ruleIds;

    internal SecretScanOptions Options => _options;

    /// <summary>A scanner with the given options (default: every rule, .gitignore honoured, 10 MB file limit).</summary>
    public SecretScanner(SecretScanOptions? options = null)
    {
        _options = options ?? new SecretScanOptions();
        _options.Validate();
        _detector = new SecretDetector(_options.Rules);
        _prefilter = new KeywordPrefilter(_options.Rules);
        _ruleIds = new HashSet<string>(_options.Rules.Select(r => r.Id), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Scans every text file under <paramref name="root"/> (see <see cref="SecretScanOptions"/> for what is skipped).</summary>
    public async Task<SecretScanResult> ScanDirectoryAsync(string root, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        var full = Path.GetFullPath(root);
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"folder not found: {root}");
        }

        var walker = new RepositoryWalker(full, _options, _options.Exclude);
        var findings = new ConcurrentBag<CheckFinding>();
        var skipped = new ConcurrentBag<SkippedFile>();
        var files = 0;
        long bytes = 0;
        var suppressed = 0;
        using var largeFileGate = new SemaphoreSlim(1);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(walker.Files(), parallel, (file, _) =>
        {
            var outcome = ScanFile(file.FullPath, file.RelativePath, largeFileGate);
            if (outcome.Skipped is { } skip)
            {
                skipped.Add(skip);
            }
            else if (outcome.Length >= 0)
            {
                Interlocked.Increment(ref files);
                Interlocked.Add(ref bytes, outcome.Length);
                Interlocked.Add(ref suppressed, outcome.Suppressed);
                foreach (var finding in outcome.Findings)
                {
                    findings.Add(finding);
                }
            }

            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);

        var ordered = findings
            .OrderBy(f => f.Location!.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Location!.Line)
            .ThenBy(f => f.Location!.Column)
            .ToList();
        var allSkipped = walker.Skipped.Concat(skipped).OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
        return new SecretScanResult(ordered, allSkipped, files, bytes, suppressed);
    }

    /// <summary>
    /// Scans what was ever added in a git repository's history (every branch and tag), attributing each finding to its
    /// commit and author; a secret seen in several commits is reported once, at the earliest.
    /// </summary>
    public Task<SecretScanResult> ScanHistoryAsync(string repositoryRoot, CancellationToken cancellationToken = default) =>
        new GitHistoryScanner(this).ScanAsync(repositoryRoot, cancellationToken);

    /// <summary>Scans one text as if it were the file at <paramref name="path"/> (relative, '/' separators).</summary>
    public IReadOnlyList<CheckFinding> ScanText(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        return Findings(text, path, line => line, null, out _);
    }

    /// <summary>
    /// The findings in a text: located (via <paramref name="lineNumber"/>, which maps a 0-based line of the text to the
    /// line reported), redacted, fingerprinted, without those an allow comment or the baseline accepts.
    /// </summary>
    internal List<CheckFinding> Findings(string text, string path, Func<int, int> lineNumber, (string Commit, string Author)? origin, out int suppressed)
    {
        suppressed = 0;
        var detected = _detector.Detect(text);
        var findings = new List<CheckFinding>(detected.Count);
        if (detected.Count == 0)
        {
            return findings;
        }

        var line = 0;
        var lineStart = 0;
        var previousLineStart = -1;
        foreach (var secret in detected)
        {
            while (true)
            {
                var next = text.IndexOf('\n', lineStart);
                if (next < 0 || next >= secret.Index)
                {
                    break;
                }

                previousLineStart = lineStart;
                lineStart = next + 1;
                line++;
            }

            if (IsAllowed(text, lineStart, previousLineStart, secret.Rule.Id))
            {
                suppressed++;
                continue;
            }

            var finding = NewFinding(secret, new SourceLocation(path, lineNumber(line) + 1, secret.Index - lineStart + 1, origin?.Commit, origin?.Author));
            if (_options.Baseline.Accepts(finding))
            {
                suppressed++;
                continue;
            }

            findings.Add(finding);
        }

        return findings;
    }

    /// <summary>
    /// The findings in a file's UTF-8 bytes, the same as <see cref="Findings"/> gives for its decoded text, decoding only
    /// the lines where the <see cref="KeywordPrefilter"/> finds a possible keyword. Null when such a line holds a keyword
    /// of a rule that looks beyond its line: then the caller decodes and searches the whole text.
    /// </summary>
    internal List<CheckFinding>? FindingsInUtf8(ReadOnlySpan<byte> bytes, string path, out int suppressed)
    {
        suppressed = 0;
        var findings = new List<CheckFinding>();
        if (bytes.IsEmpty)
        {
            return findings;
        }

        var wide = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            // One char per byte: a keyword (ASCII) found at a char index is at that byte offset.
            var chars = wide.AsSpan(0, bytes.Length);
            Encoding.Latin1.GetChars(bytes, chars);
            Span<int> state = stackalloc int[_prefilter.StateLength];
            state.Fill(-1);
            var position = 0;
            var line = 0;
            var counted = 0;
            while (position < bytes.Length)
            {
                var hit = _prefilter.Next(chars, position, state);
                if (hit < 0)
                {
                    break;
                }

                // '\n' is never part of a multi-byte UTF-8 sequence, so lines split the same in bytes as in decoded text,
                // and a line decodes to the same characters alone as inside the whole text.
                var lineStart = position + bytes[position..hit].LastIndexOf((byte)'\n') + 1;
                var lineLength = bytes[hit..].IndexOf((byte)'\n');
                var lineEnd = lineLength < 0 ? bytes.Length : hit + lineLength;
                var text = Encoding.UTF8.GetString(bytes[lineStart..lineEnd]);
                if (_prefilter.NeedsWholeText(text))
                {
                    suppressed = 0;
                    return null;
                }

                var detected = _detector.Detect(text);
                if (detected.Count > 0)
                {
                    line += bytes[counted..lineStart].Count((byte)'\n');
                    counted = lineStart;
                    string? previous = null;
                    foreach (var secret in detected)
                    {
                        if (AllowComment.Allows(text, secret.Rule.Id, _ruleIds) ||
                            (lineStart > 0 && AllowComment.Allows(previous ??= PreviousLine(bytes, lineStart), secret.Rule.Id, _ruleIds)))
                        {
                            suppressed++;
                            continue;
                        }

                        var finding = NewFinding(secret, new SourceLocation(path, line + 1, secret.Index + 1));
                        if (_options.Baseline.Accepts(finding))
                        {
                            suppressed++;
                            continue;
                        }

                        findings.Add(finding);
                    }
                }

                position = lineEnd + 1;
            }

            return findings;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(wide);
        }
    }

    // The line before the one starting at lineStart, with its '\n', as the whole-text path gives it to AllowComment.
    private static string PreviousLine(ReadOnlySpan<byte> bytes, int lineStart)
    {
        var start = bytes[..(lineStart - 1)].LastIndexOf((byte)'\n') + 1;
        return Encoding.UTF8.GetString(bytes[start..lineStart]);
    }

    private static CheckFinding NewFinding(DetectedSecret secret, SourceLocation location) => new()
    {
        CheckId = SecretRules.CheckId,
        RuleId = secret.Rule.Id,
        Level = secret.Level,
        Message = secret.Note is null ? $"{secret.Rule.Description}" : $"{secret.Rule.Description}; {secret.Note}",
        Location = location,
        Value = SecretRedaction.Redact(secret.Secret),
        Fingerprint = SecretRedaction.Fingerprint(secret.Rule.Id, location.Path, secret.Secret),
    };

    private bool IsAllowed(string text, int lineStart, int previousLineStart, string ruleId)
    {
        var end = text.IndexOf('\n', lineStart);
        var current = text.AsSpan(lineStart, (end < 0 ? text.Length : end) - lineStart);
        if (AllowComment.Allows(current, ruleId, _ruleIds))
        {
            return true;
        }

        return previousLineStart >= 0 && AllowComment.Allows(text.AsSpan(previousLineStart, lineStart - previousLineStart), ruleId, _ruleIds);
    }

    /// <summary>The findings in a file's bytes (UTF-8; invalid sequences read as U+FFFD, as a secret is ASCII).</summary>
    internal List<CheckFinding> ScanUtf8(ReadOnlySpan<byte> bytes, string path, out int suppressed) =>
        FindingsInUtf8(bytes, path, out suppressed) ?? Findings(Encoding.UTF8.GetString(bytes), path, line => line, null, out suppressed);

    private FileOutcome ScanFile(string fullPath, string relativePath, SemaphoreSlim largeFileGate)
    {
        byte[]? buffer = null;
        var gated = false;
        try
        {
            // A handle and positional reads: no FileStream (and its buffering strategy) per file.
            using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.SequentialScan);
            var length = RandomAccess.GetLength(handle);
            if (length > _options.MaxFileBytes)
            {
                return FileOutcome.Skip(new SkippedFile(relativePath, $"larger than {_options.MaxFileBytes} bytes ({length} bytes)"));
            }

            // The first 8 KB decide whether the file is binary, before a buffer for the whole file is taken.
            Span<byte> head = stackalloc byte[BinarySniffBytes];
            var headLength = ReadUpTo(handle, head[..(int)Math.Min(length, BinarySniffBytes)], 0);
            if (head[..headLength].Contains((byte)0))
            {
                return FileOutcome.Binary;
            }

            if (length > LargeFileBytes)
            {
                largeFileGate.Wait();
                gated = true;
            }

            buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 1));
            head[..headLength].CopyTo(buffer);
            var read = headLength + ReadUpTo(handle, buffer.AsSpan(headLength, (int)length - headLength), headLength);

            var findings = ScanUtf8(buffer.AsSpan(0, read), relativePath, out var suppressed);
            return new FileOutcome(findings, null, read, suppressed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return FileOutcome.Skip(new SkippedFile(relativePath, $"not readable: {e.Message}"));
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            if (gated)
            {
                largeFileGate.Release();
            }
        }
    }

    private static int ReadUpTo(SafeFileHandle handle, Span<byte> target, long offset)
    {
        var total = 0;
        while (total < target.Length)
        {
            var n = RandomAccess.Read(handle, target[total..], offset + total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    private readonly record struct FileOutcome(List<CheckFinding> Findings, SkippedFile? Skipped, long Length, int Suppressed)
    {
        public static FileOutcome Binary => new([], null, -1, 0);

        public static FileOutcome Skip(SkippedFile skipped) => new([], skipped, -1, 0);
    }
}
