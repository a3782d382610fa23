using System.Collections.ObjectModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Secrets;

/// <summary>
/// Findings a team has reviewed and accepted, by fingerprint, in a JSON file:
/// <c>{"version": 1, "accepted": [{"fingerprint", "ruleId", "path", "reason"}]}</c>. A finding whose fingerprint is in
/// the baseline is not reported. The file never holds a secret: only fingerprints.
/// </summary>
public sealed class SecretBaseline
{
    /// <summary>The only format version so far.</summary>
    public const int CurrentVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly HashSet<string> _fingerprints;

    /// <summary>A baseline accepting the given entries.</summary>
    public SecretBaseline(IEnumerable<BaselineEntry> accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        Accepted = new ReadOnlyCollection<BaselineEntry>([.. accepted]);
        _fingerprints = new HashSet<string>(Accepted.Select(e => e.Fingerprint), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>An empty baseline.</summary>
    public static SecretBaseline Empty { get; } = new([]);

    /// <summary>The accepted findings.</summary>
    public IReadOnlyList<BaselineEntry> Accepted { get; }

    /// <summary>True when the finding's fingerprint is accepted.</summary>
    public bool Accepts(CheckFinding finding) =>
        finding?.Fingerprint is { } fingerprint && _fingerprints.Contains(fingerprint);

    /// <summary>A baseline accepting every one of the findings, with the same reason.</summary>
    public static SecretBaseline FromFindings(IEnumerable<CheckFinding> findings, string reason)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return new SecretBaseline(findings
            .Where(f => f.Fingerprint is not null)
            .DistinctBy(f => f.Fingerprint)
            .Select(f => new BaselineEntry(f.Fingerprint!, f.RuleId ?? "", f.Location?.Path ?? "", reason)));
    }

    /// <summary>Reads a baseline file; <see cref="InvalidDataException"/> says what is wrong and where.</summary>
    public static async Task<SecretBaseline> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(path);
        return await ReadAsync(stream, path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a baseline from a stream; <paramref name="name"/> names it in errors.</summary>
    public static async Task<SecretBaseline> ReadAsync(Stream stream, string name, CancellationToken cancellationToken = default)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{name}: not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{name}: a baseline is a JSON object with \"version\" and \"accepted\"");
            }

            if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != CurrentVersion)
            {
                throw new InvalidDataException($"{name}: \"version\" must be {CurrentVersion}");
            }

            if (!root.TryGetProperty("accepted", out var accepted) || accepted.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{name}: \"accepted\" must be an array");
            }

            var entries = new List<BaselineEntry>();
            var index = 0;
            foreach (var item in accepted.EnumerateArray())
            {
                var fingerprint = Text(item, "fingerprint");
                if (fingerprint is null || fingerprint.Length != 64 || !fingerprint.All(char.IsAsciiHexDigit))
                {
                    throw new InvalidDataException($"{name}: accepted[{index}].fingerprint must be a 64-character hex SHA-256");
                }

                entries.Add(new BaselineEntry(fingerprint.ToLowerInvariant(), Text(item, "ruleId") ?? "", Text(item, "path") ?? "", Text(item, "reason") ?? ""));
                index++;
            }

            return new SecretBaseline(entries);
        }

        static string? Text(JsonElement item, string property) =>
            item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
    }

    /// <summary>Writes the baseline as JSON.</summary>
    public void Write(Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        writer.WriteStartObject();
        writer.WriteNumber("version", CurrentVersion);
        writer.WriteStartArray("accepted");
        foreach (var entry in Accepted.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.RuleId, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("fingerprint", entry.Fingerprint);
            writer.WriteString("ruleId", entry.RuleId);
            writer.WriteString("path", entry.Path);
            writer.WriteString("reason", entry.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes the baseline to a file, atomically (a reader never sees half of it).</summary>
    public async Task SaveAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = File.Create(temporary))
            {
                Write(stream);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
