using System.IO.Compression;
using System.Text.Json;
using CodeAssure.Attestation.InToto;

namespace CodeAssure.Attestation.Bundles;

/// <summary>
/// The offline bundle: one zip with <c>attestation.json</c> (the DSSE envelope), <c>jwks.json</c> (the issuer's keys),
/// <c>manifest.json</c> (each other file's path, role, id and SHA-256) and the files themselves. Nothing in it is
/// trusted: every file is checked against the digests the signed predicate holds. Reading never touches the disk and
/// refuses unsafe names, too many entries and anything larger than the limits, whatever the zip headers claim.
/// </summary>
public sealed class AttestationBundle
{
    /// <summary>The envelope's entry name.</summary>
    public const string AttestationEntry = "attestation.json";

    /// <summary>The key set's entry name.</summary>
    public const string KeySetEntry = "jwks.json";

    /// <summary>The manifest's entry name.</summary>
    public const string ManifestEntry = "manifest.json";

    /// <summary>The most entries read.</summary>
    public const int MaxEntries = 2_000;

    /// <summary>The largest single entry (the evidence upload limit is 10 MB; bundles and SBOMs stay below this).</summary>
    public const long MaxEntryBytes = 64L * 1024 * 1024;

    /// <summary>The largest total of all entries.</summary>
    public const long MaxTotalBytes = 512L * 1024 * 1024;

    /// <summary>A bundle.</summary>
    public AttestationBundle(ReadOnlySpan<byte> attestation, ReadOnlySpan<byte> keySet, IReadOnlyList<BundleFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        Attestation = attestation.ToArray();
        KeySet = keySet.ToArray();
        Files = [.. files];
    }

    /// <summary>The DSSE envelope bytes.</summary>
    public ReadOnlyMemory<byte> Attestation { get; }

    /// <summary>The key set bytes (empty when the bundle has none).</summary>
    public ReadOnlyMemory<byte> KeySet { get; }

    /// <summary>The evidence files, evidence bundles, SBOMs and assessment.</summary>
    public IReadOnlyList<BundleFile> Files { get; }

    /// <summary>True for a relative path of 1–200 characters of A–Z a–z 0–9 . _ - and '/', with no empty, '.' or '..' segment.</summary>
    public static bool IsSafeEntryName(string name) =>
        name is { Length: > 0 and <= 200 }
        && name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-' or '/')
        && name.Split('/').All(s => s.Length > 0 && s != "." && s != "..");

    /// <summary>Turns any file name into a safe entry name segment (other characters become '_').</summary>
    public static string SafeSegment(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var chars = name.Select(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-' ? c : '_').ToArray();
        var text = new string(chars).Trim('.');
        return text.Length == 0 ? "file" : text.Length > 100 ? text[..100] : text;
    }

    /// <summary>Writes the bundle as a zip.</summary>
    public void WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, AttestationEntry, Attestation.Span);
        if (!KeySet.IsEmpty)
        {
            Add(zip, KeySetEntry, KeySet.Span);
        }

        using (var manifest = new MemoryStream())
        {
            using (var writer = new Utf8JsonWriter(manifest, new JsonWriterOptions { Indented = true }))
            {
                writer.WriteStartObject();
                writer.WriteString("bundleVersion", "1");
                writer.WriteStartArray("files");
                foreach (var file in Files)
                {
                    writer.WriteStartObject();
                    writer.WriteString("path", file.Path);
                    writer.WriteString("role", RoleName(file.Role));
                    writer.WriteString("id", file.Id);
                    writer.WriteString("sha256", Sha256Hex.Of(file.Content.Span));
                    writer.WriteNumber("size", file.Content.Length);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            Add(zip, ManifestEntry, manifest.ToArray());
        }

        foreach (var file in Files)
        {
            Add(zip, file.Path, file.Content.Span);
        }
    }

    /// <summary>Reads a bundle zip.</summary>
    /// <exception cref="AttestationBundleException">Not a zip, an unsafe or duplicate name, too large, or a bad manifest.</exception>
    public static AttestationBundle Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new AttestationBundleException($"not a zip archive: {e.Message}", e);
        }

        using (zip)
        {
            if (zip.Entries.Count > MaxEntries)
            {
                throw new AttestationBundleException($"the bundle has {zip.Entries.Count} entries; at most {MaxEntries} are read");
            }

            var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                if (!IsSafeEntryName(entry.FullName))
                {
                    throw new AttestationBundleException($"entry '{Printable(entry.FullName)}' has an unsafe name (absolute, '..', or characters outside A-Z a-z 0-9 . _ - /)");
                }

                var bytes = ReadLimited(entry, MaxTotalBytes - total);
                total += bytes.Length;
                if (!contents.TryAdd(entry.FullName, bytes))
                {
                    throw new AttestationBundleException($"entry '{entry.FullName}' appears twice");
                }
            }

            if (!contents.TryGetValue(AttestationEntry, out var attestation))
            {
                throw new AttestationBundleException($"the bundle has no {AttestationEntry}");
            }

            var files = contents.TryGetValue(ManifestEntry, out var manifest) ? ReadManifest(manifest, contents) : [];
            return new AttestationBundle(attestation, contents.GetValueOrDefault(KeySetEntry) ?? [], files);
        }
    }

    private static List<BundleFile> ReadManifest(byte[] manifest, Dictionary<string, byte[]> contents)
    {
        try
        {
            using var document = JsonDocument.Parse(manifest, new JsonDocumentOptions { MaxDepth = 8 });
            if (!document.RootElement.TryGetProperty("files", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new AttestationBundleException($"{ManifestEntry} has no 'files' array");
            }

            var files = new List<BundleFile>();
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                var where = $"{ManifestEntry} files[{index++}]";
                var path = Text(item, "path", where);
                var role = ParseRole(Text(item, "role", where), where);
                var id = item.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()! : "";
                if (!IsSafeEntryName(path) || path is AttestationEntry or KeySetEntry or ManifestEntry)
                {
                    throw new AttestationBundleException($"{where}: '{Printable(path)}' is not a safe file path");
                }

                if (!contents.TryGetValue(path, out var bytes))
                {
                    throw new AttestationBundleException($"{where}: the file '{path}' is missing from the bundle");
                }

                files.Add(new BundleFile(path, role, id, bytes));
            }

            return files;
        }
        catch (JsonException e)
        {
            throw new AttestationBundleException($"{ManifestEntry} is not JSON: {e.Message}", e);
        }
    }

    private static byte[] ReadLimited(ZipArchiveEntry entry, long remaining)
    {
        var limit = Math.Min(MaxEntryBytes, remaining);
        try
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                // Counted on the bytes actually inflated: the sizes in the zip headers are the attacker's to choose.
                if (buffer.Length + read > limit)
                {
                    throw new AttestationBundleException($"entry '{entry.FullName}' is larger than the limit ({limit / (1024 * 1024)} MiB left of the bundle's budget)");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new AttestationBundleException($"entry '{entry.FullName}' is corrupt: {e.Message}", e);
        }
    }

    private static void Add(ZipArchive zip, string name, ReadOnlySpan<byte> content)
    {
        // A fixed time keeps the same bundle byte-identical from one download to the next.
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        stream.Write(content);
    }

    private static string Text(JsonElement item, string name, string where) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new AttestationBundleException($"{where} has no '{name}' string");

    private static string RoleName(BundleFileRole role) => role switch
    {
        BundleFileRole.Evidence => "evidence",
        BundleFileRole.EvidenceBundle => "evidence-bundle",
        BundleFileRole.Sbom => "sbom",
        _ => "assessment",
    };

    private static BundleFileRole ParseRole(string text, string where) => text switch
    {
        "evidence" => BundleFileRole.Evidence,
        "evidence-bundle" => BundleFileRole.EvidenceBundle,
        "sbom" => BundleFileRole.Sbom,
        "assessment" => BundleFileRole.Assessment,
        _ => throw new AttestationBundleException($"{where}: unknown role '{Printable(text)}' (evidence, evidence-bundle, sbom, assessment)"),
    };

    private static string Printable(string text)
    {
        var clean = new string([.. text.Select(c => char.IsControl(c) ? '?' : c)]);
        return clean.Length > 80 ? clean[..80] + "…" : clean;
    }
}
