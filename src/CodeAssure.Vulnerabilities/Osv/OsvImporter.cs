using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CodeAssure.Vulnerabilities.Index;

namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>
/// Imports OSV records into an index: from folders of .json/.yaml/.yml files (recursively), zip dumps, single
/// record files, and HTTP(S) URLs (conditional GET with the ETag / Last-Modified of the previous import). A record
/// replaces the indexed copy with the same id when its <c>modified</c> is newer. Malformed records are skipped and
/// counted, never fatal; the index is rewritten atomically under a lock, or not at all when nothing changed.
/// </summary>
public sealed class OsvImporter
{
    private const int BatchSize = 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly HttpClient? _http;
    private readonly OsvImportLimits _limits;
    private readonly TimeProvider _time;

    /// <summary>Creates an importer.</summary>
    /// <param name="http">The client for URL sources (none: URLs fail).</param>
    /// <param name="limits">Size and safety limits (defaults when null).</param>
    /// <param name="time">The clock for import times and lock waits.</param>
    public OsvImporter(HttpClient? http = null, OsvImportLimits? limits = null, TimeProvider? time = null)
    {
        _http = http;
        _limits = limits ?? new OsvImportLimits();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Wraps the stream of the index being written; tests use it to simulate a crash part-way.</summary>
    internal Func<Stream, Stream>? WriterDecorator { get; init; }

    /// <summary>Imports the sources into the index at <paramref name="indexPath"/> (created if missing).</summary>
    /// <param name="indexPath">The index file.</param>
    /// <param name="sources">Folders, zip files, record files or http(s) URLs.</param>
    /// <param name="fresh">Start from an empty index instead of adding to the existing one.</param>
    /// <param name="onSkipped">Told about each skipped record as it happens (e.g. to print the first few).</param>
    /// <param name="cancellationToken">Stops the import; the old index stays as it was.</param>
    /// <exception cref="OsvIndexCorruptException">The existing index is damaged (import with <paramref name="fresh"/> to rebuild it).</exception>
    /// <exception cref="IOException">The index is locked by another import, or cannot be written.</exception>
    public async Task<OsvImportSummary> ImportAsync(string indexPath, IReadOnlyList<string> sources, bool fresh = false, Action<OsvSkippedRecord>? onSkipped = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(indexPath);
        ArgumentNullException.ThrowIfNull(sources);
        indexPath = Path.GetFullPath(indexPath);
        using var indexLock = await OsvIndexLock.AcquireAsync(indexPath, _limits.LockTimeout, _time, cancellationToken).ConfigureAwait(false);
        RemoveLeftoverTemporaryFiles(indexPath);

        var entries = new Dictionary<string, OsvIndexEntry>(StringComparer.Ordinal);
        var previousSources = new List<OsvIndexSource>();
        if (!fresh && File.Exists(indexPath))
        {
            using var existing = OsvIndex.Open(indexPath);
            foreach (var entry in existing.ReadEntries())
            {
                entries[entry.Id] = entry;
            }

            previousSources.AddRange(existing.Metadata.Sources);
        }

        var state = new ImportState(entries, onSkipped, _limits.MaxSkippedListed) { MaxRecordBytes = _limits.MaxRecordBytes };
        var summaries = new List<OsvSourceSummary>();
        var newSources = new Dictionary<string, OsvIndexSource>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var previous = previousSources.LastOrDefault(s => s.Location == Locate(source));
            var summary = await ImportSourceAsync(source, previous, state, cancellationToken).ConfigureAwait(false);
            summaries.Add(summary);
            if (summary.Status == OsvSourceStatus.Imported)
            {
                newSources[summary.Location] = new OsvIndexSource(summary.Location, summary.Kind, _time.GetUtcNow(), summary.ETag, summary.LastModified, summary.Read);
            }
            else if (summary.Status == OsvSourceStatus.NotModified && previous is not null)
            {
                newSources[summary.Location] = previous with { ImportedAt = _time.GetUtcNow() };
            }
        }

        // Only a source actually read justifies a new file: a fresh import whose downloads all failed keeps the old index.
        var write = summaries.Any(s => s.Status == OsvSourceStatus.Imported);
        if (write)
        {
            var sourceList = previousSources.Where(s => !newSources.ContainsKey(s.Location)).Concat(newSources.Values).ToList();
            OsvIndexWriter.Write(indexPath, entries.Values, sourceList, _time.GetUtcNow(), WriterDecorator);
        }

        return new OsvImportSummary
        {
            IndexPath = indexPath,
            IndexWritten = write,
            IndexRecords = entries.Count,
            Sources = summaries,
            ReadByEcosystem = state.ReadByEcosystem,
            Skipped = state.Skipped,
        };
    }

    private static bool IsUrl(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static string Locate(string source) => IsUrl(source) ? source : Path.GetFullPath(source);

    private async Task<OsvSourceSummary> ImportSourceAsync(string source, OsvIndexSource? previous, ImportState state, CancellationToken cancellationToken)
    {
        var location = Locate(source);
        var kind = IsUrl(source) ? "url"
            : Directory.Exists(location) ? "folder"
            : location.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? "zip"
            : "file";
        var counts = state.StartSource();
        try
        {
            switch (kind)
            {
                case "url":
                    return await ImportUrlAsync(location, previous, state, cancellationToken).ConfigureAwait(false);
                case "folder":
                    state.Process(ReadFolder(location), cancellationToken);
                    break;
                case "zip":
                    using (var zip = new FileStream(location, FileMode.Open, FileAccess.Read, FileShare.Read))
                    {
                        state.Process(OsvZipReader.Read(zip, location, _limits), cancellationToken);
                    }

                    break;
                default:
                    if (!File.Exists(location))
                    {
                        throw new FileNotFoundException($"{source} does not exist");
                    }

                    if (!OsvDocument.IsRecordFileName(location))
                    {
                        throw new InvalidDataException($"{source} is not a folder, a .zip, a .json/.yaml record or an http(s) URL");
                    }

                    state.Process([OsvDocument.FromFile(location)], cancellationToken);
                    break;
            }

            return state.Summarise(location, kind, OsvSourceStatus.Imported, null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            state.Rollback(counts);
            return state.Summarise(location, kind, OsvSourceStatus.Failed, e.Message);
        }
    }

    private async Task<OsvSourceSummary> ImportUrlAsync(string url, OsvIndexSource? previous, ImportState state, CancellationToken cancellationToken)
    {
        if (_http is null)
        {
            throw new InvalidDataException("URL sources need an HTTP client");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (previous?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (previous?.LastModified is { } lastModified && DateTimeOffset.TryParse(lastModified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return state.Summarise(url, "url", OsvSourceStatus.NotModified, null) with { ETag = previous?.ETag, LastModified = previous?.LastModified };
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{url} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        if (response.Content.Headers.ContentLength > _limits.MaxDownloadBytes)
        {
            throw new InvalidDataException($"{url} is {response.Content.Headers.ContentLength} bytes, more than the {_limits.MaxDownloadBytes}-byte download limit");
        }

        var download = Path.Combine(Path.GetTempPath(), $"codeassure-osv-{Guid.NewGuid():N}.download");
        await using var file = new FileStream(download, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
        {
            var buffer = new byte[1 << 16];
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (file.Length + read > _limits.MaxDownloadBytes)
                {
                    throw new InvalidDataException($"{url} sent more than the {_limits.MaxDownloadBytes}-byte download limit");
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }

        file.Position = 0;
        var magic = new byte[4];
        var magicLength = await file.ReadAtLeastAsync(magic, 4, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        file.Position = 0;
        if (magicLength == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] is 3 or 5)
        {
            state.Process(OsvZipReader.Read(file, url, _limits), cancellationToken);
        }
        else if (file.Length > _limits.MaxRecordBytes)
        {
            state.Process([new OsvDocument(url, false, null, $"{file.Length} bytes, more than the {_limits.MaxRecordBytes}-byte limit for a record")], cancellationToken);
        }
        else
        {
            var bytes = new byte[file.Length];
            await file.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
            var path = new Uri(url).AbsolutePath;
            state.Process([new OsvDocument(url, OsvDocument.IsYamlFileName(path), bytes, null)], cancellationToken);
        }

        return state.Summarise(url, "url", OsvSourceStatus.Imported, null) with
        {
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified?.ToString("R"),
        };
    }

    private static IEnumerable<OsvDocument> ReadFolder(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            // Hidden folders (.git) and links (which could loop) are not walked.
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        };
        var files = Directory.EnumerateFiles(folder, "*", options).Where(OsvDocument.IsRecordFileName).ToList();
        files.Sort(StringComparer.Ordinal);
        return files.Select(OsvDocument.FromFile);
    }

    private static OsvDocument ReadFile(string file, long maxRecordBytes)
    {
        try
        {
            var length = new FileInfo(file).Length;
            return length > maxRecordBytes
                ? new OsvDocument(file, false, null, $"{length} bytes, more than the {maxRecordBytes}-byte limit for a record")
                : new OsvDocument(file, OsvDocument.IsYamlFileName(file), File.ReadAllBytes(file), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new OsvDocument(file, false, null, $"cannot be read: {e.Message}");
        }
    }

    private static void RemoveLeftoverTemporaryFiles(string indexPath)
    {
        // A crash while writing leaves "<index>.tmp-<guid>"; we hold the lock, so no one else is writing it.
        var folder = Path.GetDirectoryName(indexPath)!;
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var leftover in Directory.EnumerateFiles(folder, Path.GetFileName(indexPath) + ".tmp-*"))
        {
            try
            {
                File.Delete(leftover);
            }
            catch (IOException)
            {
            }
        }
    }

    // The JSON text without a UTF-8 byte order mark.
    private static ReadOnlyMemory<byte> JsonBody(byte[] bytes) => bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);

    internal static OsvRecord ParseDocument(OsvDocument document, long maxRecordBytes)
    {
        var bytes = document.Bytes!;
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        if (!document.IsYaml)
        {
            return OsvRecordParser.ParseJson(JsonBody(bytes));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            throw new OsvFormatException("the YAML file is not valid UTF-8", e);
        }

        return OsvRecordParser.ParseYaml(text, (int)Math.Min(int.MaxValue, maxRecordBytes * 4));
    }

    /// <summary>The records indexed so far, the counts of the current source, and the skipped list.</summary>
    private sealed class ImportState(Dictionary<string, OsvIndexEntry> entries, Action<OsvSkippedRecord>? onSkipped, int maxListed)
    {
        private readonly Dictionary<string, OsvIndexEntry> _entries = entries;
        private readonly List<OsvSkippedRecord> _skipped = [];
        private readonly Dictionary<string, int> _readByEcosystem = new(StringComparer.Ordinal);
        private Counts _counts;
        private Dictionary<string, OsvIndexEntry?>? _undo;
        private Dictionary<string, int> _readByEcosystemBefore = [];

        public IReadOnlyList<OsvSkippedRecord> Skipped => _skipped;

        public IReadOnlyDictionary<string, int> ReadByEcosystem => _readByEcosystem;

        public long MaxRecordBytes { get; init; } = long.MaxValue;

        public Counts StartSource()
        {
            _counts = default;
            _undo = new Dictionary<string, OsvIndexEntry?>(StringComparer.Ordinal);
            _readByEcosystemBefore = new Dictionary<string, int>(_readByEcosystem, StringComparer.Ordinal);
            return _counts;
        }

        /// <summary>Undoes what a source that then failed had merged, so a half-read source leaves no trace.</summary>
        public void Rollback(Counts before)
        {
            foreach (var (id, previous) in _undo ?? [])
            {
                if (previous is null)
                {
                    _entries.Remove(id);
                }
                else
                {
                    _entries[id] = previous;
                }
            }

            _readByEcosystem.Clear();
            foreach (var (ecosystem, count) in _readByEcosystemBefore)
            {
                _readByEcosystem[ecosystem] = count;
            }

            _counts = before with { Skipped = _counts.Skipped };
        }

        public OsvSourceSummary Summarise(string location, string kind, OsvSourceStatus status, string? error) => new()
        {
            Location = location,
            Kind = kind,
            Status = status,
            Error = error,
            Read = _counts.Read,
            Added = _counts.Added,
            Replaced = _counts.Replaced,
            Unchanged = _counts.Unchanged,
            Outdated = _counts.Outdated,
            Skipped = _counts.Skipped,
        };

        /// <summary>Parses documents in parallel batches, then merges them in source order.</summary>
        public void Process(IEnumerable<OsvDocument> documents, CancellationToken cancellationToken)
        {
            var batch = new List<OsvDocument>(BatchSize);
            foreach (var document in documents)
            {
                batch.Add(document);
                if (batch.Count == BatchSize)
                {
                    ProcessBatch(batch, cancellationToken);
                    batch.Clear();
                }
            }

            ProcessBatch(batch, cancellationToken);
        }

        private void ProcessBatch(List<OsvDocument> batch, CancellationToken cancellationToken)
        {
            var results = new (OsvRecord? Record, OsvIndexEntry? Entry, string? Problem)[batch.Count];
            Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var document = batch[i];
                if (document.IsUnread)
                {
                    document = batch[i] = ReadFile(document.Location, MaxRecordBytes);
                }

                if (document.Problem is not null)
                {
                    results[i] = (null, null, document.Problem);
                    return;
                }

                try
                {
                    var record = ParseDocument(document, MaxRecordBytes);
                    var published = document.IsYaml ? (ReadOnlyMemory<byte>?)null : JsonBody(document.Bytes!);
                    results[i] = (record, OsvIndexEntry.From(record, published), null);
                }
                catch (OsvFormatException e)
                {
                    results[i] = (null, null, e.Message);
                }
#pragma warning disable CA1031 // A record is untrusted input: whatever goes wrong with one is a skip, never an aborted import.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    results[i] = (null, null, $"unexpected {e.GetType().Name}: {e.Message}");
                }
            });

            for (var i = 0; i < batch.Count; i++)
            {
                if (results[i].Entry is { } entry)
                {
                    Merge(entry);
                }
                else
                {
                    Skip(new OsvSkippedRecord(batch[i].Location, results[i].Problem!));
                }
            }
        }

        private void Skip(OsvSkippedRecord skipped)
        {
            _counts.Skipped++;
            if (_skipped.Count < maxListed)
            {
                _skipped.Add(skipped);
            }

            onSkipped?.Invoke(skipped);
        }

        private void Merge(OsvIndexEntry entry)
        {
            _counts.Read++;
            var ecosystems = entry.Keys.Select(k => k.BaseEcosystem).Distinct(StringComparer.Ordinal).DefaultIfEmpty("(none)");
            foreach (var ecosystem in ecosystems)
            {
                _readByEcosystem[ecosystem] = _readByEcosystem.GetValueOrDefault(ecosystem) + 1;
            }

            if (!_entries.TryGetValue(entry.Id, out var existing))
            {
                _counts.Added++;
            }
            else if (existing.Modified > entry.Modified)
            {
                _counts.Outdated++;
                return;
            }
            else if (existing.Modified == entry.Modified && existing.Encoding == entry.Encoding && existing.Blob.AsSpan().SequenceEqual(entry.Blob))
            {
                _counts.Unchanged++;
                return;
            }
            else
            {
                _counts.Replaced++;
            }

            _undo?.TryAdd(entry.Id, existing);
            _entries[entry.Id] = entry;
        }
    }

    /// <summary>Per-source counters.</summary>
    private record struct Counts(int Read, int Added, int Replaced, int Unchanged, int Outdated, int Skipped);
}
