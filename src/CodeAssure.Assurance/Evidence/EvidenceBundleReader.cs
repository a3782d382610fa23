using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Evidence;

/// <summary>
/// Parses an uploaded evidence bundle (the JSON <c>codeassure scan</c> writes; docs/evidence-bundle.schema.json is the
/// contract) into a <see cref="ScanBundle"/>. Reads at most <see cref="MaxBytes"/> (50 MB by default) and
/// <see cref="MaxDepth"/> levels, refuses a schema major version other than 1 with a message saying so, checks every
/// member the schema requires and names the JSON path of the first one that is wrong. Unknown members are ignored:
/// within a major version the format only ever gains members.
/// </summary>
public sealed class EvidenceBundleReader
{
    /// <summary>The default size limit: 50 MB.</summary>
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    /// <summary>The deepest nesting read (a bundle is six levels deep).</summary>
    public const int MaxDepth = 32;

    /// <summary>The major version of the bundle format this reader understands.</summary>
    public const int SupportedMajorVersion = 1;

    /// <summary>A reader with the default size limit.</summary>
    public EvidenceBundleReader()
        : this(DefaultMaxBytes)
    {
    }

    /// <summary>A reader with its own size limit.</summary>
    public EvidenceBundleReader(long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        MaxBytes = maxBytes;
    }

    /// <summary>The largest bundle read, in bytes.</summary>
    public long MaxBytes { get; }

    /// <summary>Reads a bundle from a stream, refusing it as soon as it passes the size limit.</summary>
    /// <exception cref="EvidenceBundleException">The bundle is too large, not JSON, of an unknown major version, or malformed.</exception>
    public async Task<ScanBundle> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new EvidenceBundleException($"the evidence bundle is larger than the limit of {StreamingDigest.Describe(MaxBytes)}");
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    /// <summary>Reads a bundle already in memory.</summary>
    /// <exception cref="EvidenceBundleException">The bundle is too large, not JSON, of an unknown major version, or malformed.</exception>
    public ScanBundle Read(ReadOnlyMemory<byte> utf8)
    {
        if (utf8.Length > MaxBytes)
        {
            throw new EvidenceBundleException($"the evidence bundle is larger than the limit of {StreamingDigest.Describe(MaxBytes)}");
        }

        // Files saved by editors and some shells start with a UTF-8 byte-order mark, which JSON itself does not allow.
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(utf8.Span));
        if (utf8.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }
        else if (utf8.Span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || utf8.Span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new EvidenceBundleException("the evidence bundle is UTF-16 text; it must be UTF-8 (write it with codeassure scan <dir> --format json --output <file>)");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            throw new EvidenceBundleException(
                $"the evidence bundle is not valid JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}): {FirstSentence(e.Message)}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            Expect(root, JsonValueKind.Object, "$");
            var version = String(root, "schemaVersion", "$");
            var dot = version.IndexOf('.', StringComparison.Ordinal);
            if (dot <= 0 || !int.TryParse(version.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major)
                || !int.TryParse(version.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                throw new EvidenceBundleException($"$.schemaVersion '{version}' is not a version (major.minor, e.g. 1.0)");
            }

            if (major != SupportedMajorVersion)
            {
                throw new EvidenceBundleException(
                    $"evidence bundle format {version} is not supported: this server reads format {SupportedMajorVersion}.x (produce the bundle with a matching codeassure version)");
            }

            var tool = Property(root, "tool", "$", JsonValueKind.Object);
            var subject = Property(root, "subject", "$", JsonValueKind.Object);
            var scannedAtText = String(root, "scannedAt", "$");
            if (!DateTimeOffset.TryParse(scannedAtText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var scannedAt))
            {
                throw new EvidenceBundleException($"$.scannedAt '{scannedAtText}' is not an ISO 8601 date and time");
            }

            var role = String(root, "role", "$");
            if (role is not ("developer-distributor" or "reseller" or "developer-only"))
            {
                throw new EvidenceBundleException($"$.role '{role}' is not a stakeholder role (developer-distributor, reseller, developer-only)");
            }

            var checks = new List<BundleCheck>();
            var i = 0;
            foreach (var check in Property(root, "checks", "$", JsonValueKind.Array).EnumerateArray())
            {
                checks.Add(ReadCheck(check, $"$.checks[{i++}]"));
            }

            var claims = new List<BundleClaim>();
            i = 0;
            foreach (var principle in Property(root, "principles", "$", JsonValueKind.Array).EnumerateArray())
            {
                var path = $"$.principles[{i++}]";
                Expect(principle, JsonValueKind.Object, path);
                var j = 0;
                foreach (var claim in Property(principle, "claims", path, JsonValueKind.Array).EnumerateArray())
                {
                    claims.Add(ReadClaim(claim, $"{path}.claims[{j++}]"));
                }
            }

            return new ScanBundle(version, sha256, String(tool, "name", "$.tool"),
                String(tool, "version", "$.tool"), String(root, "catalogVersion", "$"), scannedAt, String(subject, "name", "$.subject"),
                OptionalString(subject, "commit", "$.subject"), role, checks, claims);
        }
    }

    private static BundleCheck ReadCheck(JsonElement check, string path)
    {
        Expect(check, JsonValueKind.Object, path);
        var id = String(check, "id", path);
        if (!IsCheckId(id))
        {
            throw new EvidenceBundleException($"{path}.id '{Shorten(id)}' is not a check id (CA-NAME-000)");
        }

        var status = String(check, "status", path) switch
        {
            "passed" => BundleCheckStatus.Passed,
            "failed" => BundleCheckStatus.Failed,
            "not-applicable" => BundleCheckStatus.NotApplicable,
            "skipped" => BundleCheckStatus.Skipped,
            "error" => BundleCheckStatus.Error,
            var other => throw new EvidenceBundleException($"{path}.status '{Shorten(other)}' is not passed, failed, not-applicable, skipped or error"),
        };
        var claims = new List<ClaimId>();
        var i = 0;
        foreach (var claim in Property(check, "claims", path, JsonValueKind.Array).EnumerateArray())
        {
            claims.Add(ClaimIdOf(claim, $"{path}.claims[{i++}]"));
        }

        var findings = new List<BundleFinding>();
        i = 0;
        foreach (var finding in Property(check, "findings", path, JsonValueKind.Array).EnumerateArray())
        {
            findings.Add(ReadFinding(finding, $"{path}.findings[{i++}]"));
        }

        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fact in Property(check, "facts", path, JsonValueKind.Object).EnumerateObject())
        {
            Expect(fact.Value, JsonValueKind.String, $"{path}.facts.{fact.Name}");
            facts[fact.Name] = fact.Value.GetString()!;
        }

        Property(check, "principles", path, JsonValueKind.Array);
        return new BundleCheck(id, String(check, "title", path), claims, status, OptionalString(check, "note", path), findings, facts);
    }

    private static BundleFinding ReadFinding(JsonElement finding, string path)
    {
        Expect(finding, JsonValueKind.Object, path);
        var level = String(finding, "level", path);
        if (level is not ("info" or "low" or "medium" or "high" or "critical"))
        {
            throw new EvidenceBundleException($"{path}.level '{Shorten(level)}' is not info, low, medium, high or critical");
        }

        string? file = null, commit = null;
        int? line = null, column = null;
        if (finding.TryGetProperty("location", out var location) && location.ValueKind != JsonValueKind.Null)
        {
            Expect(location, JsonValueKind.Object, $"{path}.location");
            file = String(location, "path", $"{path}.location");
            line = OptionalPositive(location, "line", $"{path}.location");
            column = OptionalPositive(location, "column", $"{path}.location");
            commit = OptionalString(location, "commit", $"{path}.location");
        }

        return new BundleFinding(String(finding, "checkId", path), OptionalString(finding, "ruleId", path), level,
            String(finding, "message", path), file, line, column, commit);
    }

    private static BundleClaim ReadClaim(JsonElement claim, string path)
    {
        Expect(claim, JsonValueKind.Object, path);
        var id = ClaimIdOf(Property(claim, "id", path, JsonValueKind.String), $"{path}.id");
        var status = String(claim, "status", path) switch
        {
            "met" => BundleClaimStatus.Met,
            "partially-met" => BundleClaimStatus.PartiallyMet,
            "not-met" => BundleClaimStatus.NotMet,
            "not-applicable" => BundleClaimStatus.NotApplicable,
            "needs-human-evidence" => BundleClaimStatus.NeedsHumanEvidence,
            var other => throw new EvidenceBundleException($"{path}.status '{Shorten(other)}' is not met, partially-met, not-met, not-applicable or needs-human-evidence"),
        };
        var checks = new List<string>();
        var i = 0;
        foreach (var check in Property(claim, "checks", path, JsonValueKind.Array).EnumerateArray())
        {
            Expect(check, JsonValueKind.String, $"{path}.checks[{i++}]");
            checks.Add(check.GetString()!);
        }

        return new BundleClaim(id, status, checks, String(claim, "reason", path));
    }

    private static ClaimId ClaimIdOf(JsonElement element, string path)
    {
        Expect(element, JsonValueKind.String, path);
        var text = element.GetString()!;
        return ClaimId.TryParse(text, out var id) ? id : throw new EvidenceBundleException($"{path} '{Shorten(text)}' is not a claim id (e.g. 3.2.1)");
    }

    private static bool IsCheckId(string id)
    {
        var parts = id.Split('-');
        return id.Length <= 64 && parts.Length == 3 && parts[0] == "CA" && parts[1].Length > 0
            && parts[1].All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            && parts[2].Length == 3 && parts[2].All(char.IsAsciiDigit);
    }

    private static JsonElement Property(JsonElement obj, string name, string path, JsonValueKind kind)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            throw new EvidenceBundleException($"{path}.{name} is required");
        }

        Expect(value, kind, $"{path}.{name}");
        return value;
    }

    private static string String(JsonElement obj, string name, string path) => Property(obj, name, path, JsonValueKind.String).GetString()!;

    private static string? OptionalString(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(value, JsonValueKind.String, $"{path}.{name}");
        return value.GetString();
    }

    private static int? OptionalPositive(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= 1
            ? n
            : throw new EvidenceBundleException($"{path}.{name} must be a positive integer or null");
    }

    private static void Expect(JsonElement element, JsonValueKind kind, string path)
    {
        if (element.ValueKind != kind)
        {
            throw new EvidenceBundleException($"{path} must be {Describe(kind)}, not {Describe(element.ValueKind)}");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "missing",
    };

    private static string Shorten(string text) =>
        new([.. (text.Length > 40 ? text[..40] + "…" : text).Select(c => char.IsControl(c) ? '?' : c)]);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
