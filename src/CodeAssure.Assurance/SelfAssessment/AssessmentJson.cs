using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using CodeAssure.Assurance.Evidence;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.SelfAssessment;

/// <summary>
/// The JSON form of an <see cref="Assessment"/> (format <see cref="Assessment.FormatVersion"/>, docs/assurance.md):
/// written canonically (<see cref="CanonicalJson"/>: RFC 8785 member order, no whitespace, UTF-8) so that the same value
/// always gives the same bytes and the same SHA-256 digest — the digest issue 8's attestations sign. Reading accepts
/// members in any order, ignores members it does not know (a newer minor format) and refuses an unknown major format.
/// </summary>
public static class AssessmentJson
{
    /// <summary>Largest JSON form read, in bytes (a full assessment at every limit is far smaller).</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>The canonical UTF-8 bytes of a value.</summary>
    public static byte[] ToCanonicalUtf8(Assessment assessment) => CanonicalJson.ToUtf8Bytes(ToJsonNode(assessment));

    /// <summary>The SHA-256 of the canonical bytes, 64 lower-case hex digits.</summary>
    public static string Digest(Assessment assessment) =>
        Convert.ToHexStringLower(SHA256.HashData(ToCanonicalUtf8(assessment)));

    /// <summary>True for 64 lower-case hex digits.</summary>
    public static bool IsDigest(string? text) =>
        text is { Length: 64 } && text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    /// <summary>The JSON tree of a value (members in any order; <see cref="CanonicalJson"/> sorts them).</summary>
    public static JsonObject ToJsonNode(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new JsonObject
        {
            ["formatVersion"] = Assessment.FormatVersion,
            ["catalogVersion"] = assessment.CatalogVersion,
            ["role"] = assessment.Role,
            ["scope"] = assessment.Scope.IsOrganisationWide
                ? new JsonObject { ["kind"] = "organisation" }
                : new JsonObject { ["kind"] = "product", ["product"] = assessment.Scope.Product, ["release"] = assessment.Scope.Release },
            ["version"] = assessment.Version,
            ["revision"] = assessment.Revision,
            ["status"] = assessment.IsSignedOff ? "signed-off" : "draft",
            ["basedOn"] = assessment.BasedOn,
            ["signOff"] = assessment.SignOff is { } s
                ? new JsonObject
                {
                    ["signedBy"] = s.SignedBy,
                    ["signerRole"] = s.SignerRole,
                    ["signedAt"] = FormatInstant(s.SignedAt),
                    ["acknowledgement"] = s.Acknowledgement,
                }
                : null,
            ["evidence"] = new JsonArray([.. assessment.Evidence.Select(EvidenceNode)]),
            ["claims"] = new JsonArray([.. assessment.Claims.Select(ClaimNode)]),
        };
    }

    /// <summary>The JSON form of one evidence item (also used by the export).</summary>
    public static JsonObject EvidenceNode(EvidenceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var node = new JsonObject { ["id"] = item.Id, ["title"] = item.Title };
        switch (item.Kind)
        {
            case EvidenceKind.File:
                node["kind"] = "file";
                node["fileName"] = item.FileName;
                node["mediaType"] = item.MediaType;
                node["size"] = item.Size;
                node["sha256"] = item.Sha256;
                break;
            case EvidenceKind.Link:
                node["kind"] = "link";
                node["url"] = item.Url!.AbsoluteUri;
                break;
            case EvidenceKind.Automated:
                node["kind"] = "automated";
                node["bundleId"] = item.BundleId;
                node["checkId"] = item.CheckId;
                var facts = new JsonObject();
                foreach (var (name, value) in item.Facts)
                {
                    facts[name] = value;
                }

                node["facts"] = facts;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(item), item.Kind, "unknown evidence kind");
        }

        return node;
    }

    /// <summary>The JSON form of one claim's answer (also used by the export).</summary>
    public static JsonObject ClaimNode(ClaimAssessment claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new JsonObject
        {
            ["claim"] = claim.Claim.ToString(),
            ["answer"] = claim.Answer.ToToken(),
            ["justification"] = claim.Justification,
            ["argument"] = claim.Argument,
            ["owner"] = claim.Owner,
            ["targetDate"] = claim.TargetDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["evidence"] = new JsonArray([.. claim.Evidence.Select(e => (JsonNode)e)]),
        };
    }

    /// <summary>Reads the JSON form.</summary>
    /// <exception cref="AssessmentException">The text is not JSON, not this format, or a member is missing or malformed; the message names the member.</exception>
    public static Assessment Read(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxBytes)
        {
            throw new AssessmentException($"the self-assessment JSON is {utf8.Length} bytes; at most {MaxBytes} are read");
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(utf8, documentOptions: new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new AssessmentException($"the self-assessment is not valid JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1})", e);
        }

        var obj = root as JsonObject ?? throw new AssessmentException("the self-assessment JSON must be an object");
        var format = RequiredString(obj, "formatVersion", "");
        if (!format.StartsWith("1.", StringComparison.Ordinal))
        {
            throw new AssessmentException($"self-assessment format '{format}' is not supported (this reader knows 1.x)");
        }

        var scopeNode = RequiredObject(obj, "scope", "");
        var scopeKind = RequiredString(scopeNode, "kind", "scope.");
        AssessmentScope scope;
        try
        {
            scope = scopeKind switch
            {
                "organisation" => AssessmentScope.Organisation,
                "product" => AssessmentScope.ForProduct(RequiredString(scopeNode, "product", "scope."), OptionalString(scopeNode, "release", "scope.")),
                _ => throw new AssessmentException($"scope.kind must be 'organisation' or 'product', not '{scopeKind}'"),
            };
        }
        catch (ArgumentException e)
        {
            throw new AssessmentException($"scope: {e.Message}", e);
        }

        var status = RequiredString(obj, "status", "") switch
        {
            "draft" => AssessmentStatus.Draft,
            "signed-off" => AssessmentStatus.SignedOff,
            var other => throw new AssessmentException($"status must be 'draft' or 'signed-off', not '{other}'"),
        };
        SignOff? signOff = null;
        if (obj["signOff"] is JsonObject s)
        {
            var at = RequiredString(s, "signedAt", "signOff.");
            if (!DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedAt))
            {
                throw new AssessmentException($"signOff.signedAt '{at}' is not an ISO 8601 date and time");
            }

            signOff = new SignOff(RequiredString(s, "signedBy", "signOff."), RequiredString(s, "signerRole", "signOff."),
                signedAt.ToUniversalTime(), RequiredString(s, "acknowledgement", "signOff."));
        }
        else if (obj["signOff"] is not null)
        {
            throw new AssessmentException("signOff must be an object or null");
        }

        var evidence = RequiredArray(obj, "evidence", "").Select((n, i) => ReadEvidence(n, $"evidence[{i}]")).ToList();
        var claims = RequiredArray(obj, "claims", "").Select((n, i) => ReadClaim(n, $"claims[{i}]")).ToList();
        return new Assessment(RequiredString(obj, "catalogVersion", ""), RequiredString(obj, "role", ""), scope,
            RequiredInt(obj, "version", ""), RequiredInt(obj, "revision", ""), status, signOff, OptionalString(obj, "basedOn", ""),
            evidence, claims);
    }

    internal static string FormatInstant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static ClaimAssessment ReadClaim(JsonNode? node, string path)
    {
        var obj = node as JsonObject ?? throw new AssessmentException($"{path} must be an object");
        var idText = RequiredString(obj, "claim", path + ".");
        if (!ClaimId.TryParse(idText, out var id))
        {
            throw new AssessmentException($"{path}.claim '{idText}' is not a claim id (e.g. 1.2.3)");
        }

        var answerText = RequiredString(obj, "answer", path + ".");
        if (!AnswerText.TryParse(answerText, out var answer))
        {
            throw new AssessmentException($"{path}.answer '{answerText}' is not one of unanswered, met, partially-met, not-met, not-applicable");
        }

        DateOnly? target = null;
        if (OptionalString(obj, "targetDate", path + ".") is { } dateText)
        {
            target = DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new AssessmentException($"{path}.targetDate '{dateText}' is not a date (yyyy-mm-dd)");
        }

        var references = RequiredArray(obj, "evidence", path + ".");
        return new ClaimAssessment(id)
        {
            Answer = answer,
            Justification = OptionalString(obj, "justification", path + "."),
            Argument = OptionalString(obj, "argument", path + "."),
            Owner = OptionalString(obj, "owner", path + "."),
            TargetDate = target,
            Evidence = [.. references.Select((r, i) => r is JsonValue v && v.GetValueKind() == JsonValueKind.String
                ? v.GetValue<string>()
                : throw new AssessmentException($"{path}.evidence[{i}] must be a string"))],
        };
    }

    internal static EvidenceItem ReadEvidence(JsonNode? node, string path)
    {
        var obj = node as JsonObject ?? throw new AssessmentException($"{path} must be an object");
        var prefix = path + ".";
        try
        {
            var id = RequiredString(obj, "id", prefix);
            var title = RequiredString(obj, "title", prefix);
            return RequiredString(obj, "kind", prefix) switch
            {
                "file" => EvidenceItem.File(id, title, RequiredString(obj, "fileName", prefix), RequiredString(obj, "mediaType", prefix),
                    RequiredLong(obj, "size", prefix), RequiredString(obj, "sha256", prefix)),
                "link" => EvidenceItem.Link(id, title, RequiredString(obj, "url", prefix)),
                "automated" => EvidenceItem.Automated(id, title, RequiredString(obj, "bundleId", prefix), RequiredString(obj, "checkId", prefix),
                    RequiredObject(obj, "facts", prefix).ToDictionary(p => p.Key, p => p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String
                        ? v.GetValue<string>()
                        : throw new AssessmentException($"{prefix}facts.{p.Key} must be a string"), StringComparer.Ordinal)),
                var other => throw new AssessmentException($"{prefix}kind must be file, link or automated, not '{other}'"),
            };
        }
        catch (ArgumentException e)
        {
            throw new AssessmentException($"{path}: {e.Message}", e);
        }
    }

    private static JsonObject RequiredObject(JsonObject obj, string name, string prefix) =>
        obj[name] as JsonObject ?? throw new AssessmentException($"{prefix}{name} is required and must be an object");

    private static JsonArray RequiredArray(JsonObject obj, string name, string prefix) =>
        obj[name] as JsonArray ?? throw new AssessmentException($"{prefix}{name} is required and must be an array");

    private static string RequiredString(JsonObject obj, string name, string prefix) =>
        OptionalString(obj, name, prefix) ?? throw new AssessmentException($"{prefix}{name} is required and must be a string");

    private static string? OptionalString(JsonObject obj, string name, string prefix) => obj[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => throw new AssessmentException($"{prefix}{name} must be a string"),
    };

    private static long RequiredLong(JsonObject obj, string name, string prefix) =>
        obj[name] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var n)
            ? n
            : throw new AssessmentException($"{prefix}{name} is required and must be an integer");

    private static int RequiredInt(JsonObject obj, string name, string prefix)
    {
        var n = RequiredLong(obj, name, prefix);
        return n is >= 1 and <= int.MaxValue ? (int)n : throw new AssessmentException($"{prefix}{name} must be a positive integer");
    }
}
