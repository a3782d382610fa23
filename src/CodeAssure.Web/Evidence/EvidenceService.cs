using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Evidence;

/// <summary>
/// Receives evidence bundles (docs/evidence-bundle.schema.json): checks the required shape, keeps the exact bytes
/// with their SHA-256. The bundle is parsed once with a depth limit; nothing is stored unless it is valid.
/// </summary>
internal sealed partial class EvidenceService(CodeAssureDbContext db, TimeProvider time)
{
    /// <summary>The largest bundle accepted.</summary>
    public const int MaxBundleBytes = 20 * 1024 * 1024;

    private static readonly string[] Roles = ["developer-distributor", "reseller", "developer-only"];

    public Task<List<StoredEvidenceBundle>> ListAsync(TenantContext tenant, Guid productId, CancellationToken cancellationToken) =>
        db.EvidenceBundles.AsNoTracking()
            .Where(b => b.OrganisationId == tenant.Id && b.ProductId == productId)
            .Select(b => new StoredEvidenceBundle
            {
                Id = b.Id, OrganisationId = b.OrganisationId, ProductId = b.ProductId, Sha256 = b.Sha256, SchemaVersion = b.SchemaVersion,
                SubjectName = b.SubjectName, ScannedAt = b.ScannedAt, UploadedAt = b.UploadedAt, UploadedBy = b.UploadedBy, Content = Array.Empty<byte>(),
            })
            .ToListAsync(cancellationToken);

    public Task<StoredEvidenceBundle?> FindAsync(TenantContext tenant, Guid productId, Guid id, CancellationToken cancellationToken) =>
        db.EvidenceBundles.AsNoTracking().FirstOrDefaultAsync(
            b => b.OrganisationId == tenant.Id && b.ProductId == productId && b.Id == id, cancellationToken);

    public async Task<StoredEvidenceBundle> IngestAsync(TenantContext tenant, Product product, byte[] content, string actor, CancellationToken cancellationToken)
    {
        if (content.Length > MaxBundleBytes)
        {
            throw new InvalidInputException("bundle", $"The evidence bundle is larger than {MaxBundleBytes / (1024 * 1024)} MB.");
        }

        var (schemaVersion, subject, scannedAt) = Parse(content);
        var bundle = new StoredEvidenceBundle
        {
            Id = Guid.NewGuid(),
            OrganisationId = tenant.Id,
            ProductId = product.Id,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            SchemaVersion = schemaVersion,
            SubjectName = subject,
            ScannedAt = scannedAt,
            UploadedAt = time.GetUtcNow(),
            UploadedBy = actor,
            Content = content,
        };
        db.EvidenceBundles.Add(bundle);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return bundle;
    }

    /// <summary>Checks the fields the schema requires; the message names the JSON path at fault.</summary>
    internal static (string SchemaVersion, string Subject, DateTimeOffset ScannedAt) Parse(byte[] content)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new InvalidInputException("bundle", $"The evidence bundle is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Invalid("$", "must be a JSON object");
            }

            var version = String(root, "schemaVersion");
            if (!SchemaVersionPattern().IsMatch(version))
            {
                throw Invalid("$.schemaVersion", $"must be 1.x (got '{Shorten(version)}')");
            }

            var tool = Object(root, "tool");
            String(tool, "name", "$.tool");
            String(tool, "version", "$.tool");
            String(root, "catalogVersion");
            var scannedText = String(root, "scannedAt");
            if (!DateTimeOffset.TryParse(scannedText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var scannedAt))
            {
                throw Invalid("$.scannedAt", "must be an RFC 3339 date-time");
            }

            var subject = String(Object(root, "subject"), "name", "$.subject");
            var role = String(root, "role");
            if (!Roles.Contains(role, StringComparer.Ordinal))
            {
                throw Invalid("$.role", $"must be one of {string.Join(", ", Roles)}");
            }

            foreach (var name in new[] { "checks", "principles" })
            {
                if (!root.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
                {
                    throw Invalid("$." + name, "is required and must be an array");
                }
            }

            return (version, subject.Length > 500 ? subject[..500] : subject, scannedAt.ToUniversalTime());
        }
    }

    private static JsonElement Object(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : throw Invalid("$." + name, "is required and must be an object");

    private static string String(JsonElement parent, string name, string path = "$") =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw Invalid(path + "." + name, "is required and must be a non-empty string");

    private static InvalidInputException Invalid(string path, string problem) =>
        new("bundle", $"The evidence bundle is invalid: {path} {problem}.");

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;

    [GeneratedRegex("^1\\.[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaVersionPattern();
}
