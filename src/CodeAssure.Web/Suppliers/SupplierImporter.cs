using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CodeAssure.Attestation.Bundles;
using CodeAssure.Attestation.Keys;
using CodeAssure.Attestation.Verification;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Suppliers;

/// <summary>
/// Imports suppliers' attestations into the register — uploaded (an envelope or an offline bundle) or read from the
/// supplier's portal (one attestation, or the newest per product in use) — verifies each against the supplier's published
/// keys and stores it with its verdict, valid or not. Anything that stops verification from starting (an unreachable or
/// refused address, an oversized or unreadable file, no usable keys) is an <see cref="InvalidInputException"/> with a
/// message to show, and nothing is stored.
/// </summary>
internal sealed class SupplierImporter(CodeAssureDbContext db, SupplierPortalClient client, TimeProvider time)
{
    /// <summary>The largest offline bundle accepted (uploaded or read).</summary>
    public const int MaxBundleBytes = 25 * 1024 * 1024;

    /// <summary>The largest portal attestation list read.</summary>
    public const int MaxIndexBytes = 1024 * 1024;

    /// <summary>The largest upload of either kind.</summary>
    public const int MaxUploadBytes = MaxBundleBytes;

    private const string Field = "Import";

    /// <summary>
    /// Imports an uploaded envelope or bundle (recognised by its zip signature). Keys come from the supplier's portal,
    /// or from <paramref name="keySet"/> when the supplier has none. Null when the supplier is not in this register.
    /// </summary>
    public async Task<SupplierImportItem?> ImportUploadAsync(TenantContext tenant, Guid supplierId, byte[] file, byte[]? keySet, string by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(file);
        if (await SupplierAsync(tenant, supplierId, ct).ConfigureAwait(false) is not { } supplier)
        {
            return null;
        }

        if (file.Length == 0)
        {
            throw new InvalidInputException(Field, "The file is empty: choose the attestation (.json) or its bundle (.zip).");
        }

        var (envelope, bundle) = Unpack(file, "the uploaded file");
        var keys = await KeysAsync(supplier, keySet, ct).ConfigureAwait(false);
        return await StoreAsync(supplier, envelope, bundle, keys, null, by, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Imports from an address on the supplier's portal: an attestation (<c>…/attestations/{id}.json</c> or
    /// <c>…/bundle.zip</c>), or the portal itself, whose list gives the newest attestation per product in use.
    /// Null when the supplier is not in this register.
    /// </summary>
    public async Task<IReadOnlyList<SupplierImportItem>?> ImportUrlAsync(TenantContext tenant, Guid supplierId, string? url, string by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (await SupplierAsync(tenant, supplierId, ct).ConfigureAwait(false) is not { } supplier)
        {
            return null;
        }

        var text = Input.Required(Field, url, 2000, "The address");
        SupplierPortalAddress address;
        try
        {
            address = SupplierPortalAddress.Parse(text);
        }
        catch (FormatException e)
        {
            throw new InvalidInputException(Field, e.Message);
        }

        if (supplier.PortalUrl is null)
        {
            throw new InvalidInputException(Field, $"{supplier.Name} has no portal address: add it (keys are read from the portal) or upload the attestation with the supplier's key set.");
        }

        var portal = SupplierPortalAddress.Parse(supplier.PortalUrl);
        if (address.Portal != portal.Portal)
        {
            throw new InvalidInputException(Field, $"{text} is not on {supplier.Name}'s portal {portal}: attestations are only read from the supplier's own portal, whose keys verify them.");
        }

        var uri = new Uri(text.Trim());
        var rest = uri.AbsolutePath[portal.Portal.AbsolutePath.TrimEnd('/').Length..].TrimEnd('/');
        var segments = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var documents = new List<(byte[] Envelope, AttestationBundle? Bundle, Uri Source)>();
        if (segments.Length == 2 && segments[0] == "attestations" && segments[1].EndsWith(".json", StringComparison.Ordinal)
            && Guid.TryParse(segments[1][..^".json".Length], out var id))
        {
            var source = portal.Under($"/attestations/{id:D}.json");
            documents.Add((await FetchAsync(source, AttestationVerifier.MaxEnvelopeBytes, ct).ConfigureAwait(false), null, source));
        }
        else if (segments.Length == 3 && segments[0] == "attestations" && segments[2] == "bundle.zip" && Guid.TryParse(segments[1], out var bundleId))
        {
            var source = portal.Under($"/attestations/{bundleId:D}/bundle.zip");
            var (envelope, bundle) = Unpack(await FetchAsync(source, MaxBundleBytes, ct).ConfigureAwait(false), source.AbsoluteUri);
            documents.Add((envelope, bundle, source));
        }
        else if (segments.Length == 0 || (segments.Length == 1 && segments[0] is "attestations" or "attestations.json"))
        {
            foreach (var source in await NewestPerProductAsync(supplier, portal, ct).ConfigureAwait(false))
            {
                documents.Add((await FetchAsync(source, AttestationVerifier.MaxEnvelopeBytes, ct).ConfigureAwait(false), null, source));
            }
        }
        else
        {
            throw new InvalidInputException(Field, $"{text} is neither the portal, its attestation list, nor an attestation (…/attestations/{{id}}.json or …/attestations/{{id}}/bundle.zip).");
        }

        // Keys are read after the documents, so a key rotation between the two reads cannot leave a new attestation unverifiable.
        var keys = await KeysAsync(supplier, null, ct).ConfigureAwait(false);
        var items = new List<SupplierImportItem>();
        foreach (var (envelope, bundle, source) in documents)
        {
            items.Add(await StoreAsync(supplier, envelope, bundle, keys, source.AbsoluteUri, by, ct).ConfigureAwait(false));
        }

        return items;
    }

    /// <summary>
    /// Verifies a stored attestation again with the supplier's current keys (after a rotation the key set is read again).
    /// Replay is not re-judged: that is decided at import. Null when the attestation is not in this register.
    /// </summary>
    public async Task<SupplierImportItem?> ReverifyAsync(TenantContext tenant, Guid supplierId, Guid attestationId, byte[]? keySet, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (await SupplierAsync(tenant, supplierId, ct).ConfigureAwait(false) is not { } supplier
            || await db.SupplierAttestations.FirstOrDefaultAsync(a => a.SupplierId == supplier.Id && a.Id == attestationId, ct).ConfigureAwait(false) is not { } row)
        {
            return null;
        }

        var keys = await KeysAsync(supplier, keySet, ct).ConfigureAwait(false);
        using var verifier = new AttestationVerifier(keys, time);
        var verdict = verifier.Verify(row.Envelope);
        Apply(row, verdict, supplier.Products);
        row.VerifiedAt = time.GetUtcNow();
        await RaiseInvalidAsync(supplier, row, ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return Item(row, alreadyImported: false) with { Reverified = true };
    }

    /// <summary>
    /// Reads a supplier's JWK Set: from its portal, or from an uploaded key set when it has no portal. Throws
    /// <see cref="InvalidInputException"/> when there are no usable keys.
    /// </summary>
    public async Task<JsonWebKeySet> KeysAsync(Supplier supplier, byte[]? uploaded, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        if (supplier.PortalUrl is { } portalUrl)
        {
            var address = SupplierPortalAddress.Parse(portalUrl).KeySet;
            return ParseKeys(await FetchAsync(address, JsonWebKeySet.MaxBytes, ct).ConfigureAwait(false), $"{supplier.Name}'s key set at {address}");
        }

        if (uploaded is null || uploaded.Length == 0)
        {
            throw new InvalidInputException("KeySet", $"{supplier.Name} has no portal address, so its keys cannot be read: upload its key set (jwks.json) too.");
        }

        return ParseKeys(uploaded, "The uploaded key set");
    }

    /// <summary>Reads a JWK Set from an issuer's portal address (questionnaires), through the guarded client.</summary>
    public async Task<JsonWebKeySet> KeysFromPortalAsync(string? portalUrl, CancellationToken ct)
    {
        var text = Input.Required("Issuer", portalUrl, 2000, "The issuer's portal address");
        SupplierPortalAddress address;
        try
        {
            address = SupplierPortalAddress.Parse(text);
        }
        catch (FormatException e)
        {
            throw new InvalidInputException("Issuer", e.Message);
        }

        return ParseKeys(await FetchAsync(address.KeySet, JsonWebKeySet.MaxBytes, ct, "Issuer").ConfigureAwait(false), $"the key set at {address.KeySet}");
    }

    private async Task<SupplierImportItem> StoreAsync(Supplier supplier, byte[] envelope, AttestationBundle? bundle, JsonWebKeySet keys, string? source, string by, CancellationToken ct)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(envelope));
        if (await db.SupplierAttestations.AsNoTracking().FirstOrDefaultAsync(a => a.SupplierId == supplier.Id && a.Sha256 == sha, ct).ConfigureAwait(false) is { } existing)
        {
            return Item(existing, alreadyImported: true);
        }

        // Replay: an older attestation for a subject already accepted with a newer one is refused as superseded.
        var accepted = await db.SupplierAttestations.AsNoTracking().Where(a => a.SupplierId == supplier.Id && a.IsValid && a.SubjectName != "")
            .Select(a => new { a.SubjectName, a.IssuedAt }).ToListAsync(ct).ConfigureAwait(false);
        var latest = accepted.Where(a => a.IssuedAt is not null).GroupBy(a => a.SubjectName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(a => a.IssuedAt!.Value), StringComparer.Ordinal);
        using var verifier = new AttestationVerifier(keys, time) { LatestKnownIssue = latest };
        var verdict = bundle is null ? verifier.Verify(envelope) : verifier.Verify(bundle);
        var now = time.GetUtcNow();
        var row = new SupplierAttestation
        {
            SupplierId = supplier.Id,
            Envelope = envelope,
            Sha256 = sha,
            SourceUrl = source,
            SubjectName = "",
            Verdict = "",
            ImportedAt = now,
            VerifiedAt = now,
            ImportedBy = Truncate(by, 450),
        };
        Apply(row, verdict, supplier.Products);
        db.SupplierAttestations.Add(row);
        await RaiseInvalidAsync(supplier, row, ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return Item(row, alreadyImported: false);
    }

    private static void Apply(SupplierAttestation row, AttestationVerdict verdict, IEnumerable<SupplierProduct> products)
    {
        var subject = verdict.Statement is { Subjects.Count: > 0 } statement ? statement.Subjects[0].Name : null;
        row.SubjectName = Truncate(subject ?? row.SubjectName, 400);
        row.SubjectVersion = verdict.Predicate?.Release is { } release ? Truncate(release, 200) : row.SubjectVersion;
        row.KeyId = verdict.KeyId ?? row.KeyId;
        row.IssuedAt = verdict.Predicate?.IssuedAt ?? row.IssuedAt;
        row.ValidUntil = verdict.Predicate?.Validity.NotAfter ?? row.ValidUntil;
        row.IsValid = verdict.IsValid;
        row.Verdict = Truncate(verdict.IsValid ? verdict.Reason : $"{verdict.Failure}: {verdict.Reason}", 2000);
        row.PrinciplesJson = SupplierPrinciples.ToJson(verdict) ?? row.PrinciplesJson;
        if (verdict.Predicate is { } predicate)
        {
            var named = products.Where(p => string.Equals(p.Name, predicate.Product, StringComparison.OrdinalIgnoreCase)).ToList();
            row.SupplierProductId = (named.FirstOrDefault(p => p.VersionInUse is not null && p.VersionInUse == predicate.Release)
                ?? named.FirstOrDefault(p => p.VersionInUse is null)
                ?? (named.Count == 1 ? named[0] : null))?.Id ?? row.SupplierProductId;
        }
    }

    private async Task RaiseInvalidAsync(Supplier supplier, SupplierAttestation row, CancellationToken ct)
    {
        if (row.IsValid)
        {
            return;
        }

        var key = "attestation-invalid:" + row.Sha256;
        if (await db.SupplierAlerts.AnyAsync(a => a.SupplierId == supplier.Id && a.Key == key, ct).ConfigureAwait(false))
        {
            return;
        }

        db.SupplierAlerts.Add(new SupplierAlert
        {
            OrganisationId = supplier.OrganisationId,
            SupplierId = supplier.Id,
            SupplierProductId = row.SupplierProductId,
            Kind = SupplierAlertKind.AttestationInvalid,
            Key = key,
            Title = Truncate($"An attestation from {supplier.Name}{(row.SubjectName.Length == 0 ? "" : " for " + row.SubjectName)} failed verification", 500),
            Detail = Truncate(row.Verdict, 4000),
            Url = row.SourceUrl,
            RaisedAt = time.GetUtcNow(),
        });
    }

    private async Task<List<Uri>> NewestPerProductAsync(Supplier supplier, SupplierPortalAddress portal, CancellationToken ct)
    {
        if (supplier.Products.Count == 0)
        {
            throw new InvalidInputException(Field, $"Add the products of {supplier.Name} you use first: the newest attestation of each is imported from the portal.");
        }

        var listAddress = portal.Under("/attestations.json");
        var entries = ParseIndex(await FetchAsync(listAddress, MaxIndexBytes, ct).ConfigureAwait(false), listAddress);
        var chosen = new List<Uri>();
        foreach (var product in supplier.Products)
        {
            var named = entries.Where(e => string.Equals(e.Product, product.Name, StringComparison.OrdinalIgnoreCase)).ToList();
            var versioned = named.Where(e => product.VersionInUse is not null && e.Release == product.VersionInUse).ToList();
            var newest = (versioned.Count > 0 ? versioned : named).OrderByDescending(e => e.IssuedAt).FirstOrDefault();
            if (newest is not null)
            {
                var source = portal.Under($"/attestations/{newest.Id:D}.json");
                if (!chosen.Contains(source))
                {
                    chosen.Add(source);
                }
            }
        }

        return chosen.Count > 0
            ? chosen
            : throw new InvalidInputException(Field, $"{listAddress} lists no attestation for the products in use ({string.Join(", ", supplier.Products.Select(SupplierRegister.ProductLabel))}).");
    }

    private static List<IndexEntry> ParseIndex(byte[] json, Uri address)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidInputException(Field, $"{address} is not an attestation list (a JSON array).");
            }

            var entries = new List<IndexEntry>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                // Entries that cannot be read are skipped: the envelope itself is what gets verified.
                if (item.ValueKind == JsonValueKind.Object
                    && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && Guid.TryParse(id.GetString(), out var guid)
                    && item.TryGetProperty("product", out var product) && product.ValueKind == JsonValueKind.String
                    && item.TryGetProperty("issuedAt", out var issued) && issued.ValueKind == JsonValueKind.String
                    && DateTimeOffset.TryParse(issued.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var issuedAt))
                {
                    var release = item.TryGetProperty("release", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
                    entries.Add(new IndexEntry(guid, product.GetString()!, release, issuedAt));
                }
            }

            return entries;
        }
        catch (JsonException e)
        {
            throw new InvalidInputException(Field, $"{address} is not valid JSON (line {e.LineNumber + 1}).");
        }
    }

    private async Task<byte[]> FetchAsync(Uri address, long limit, CancellationToken ct, string field = Field)
    {
        try
        {
            return await client.GetAsync(address, limit, ct).ConfigureAwait(false);
        }
        catch (SupplierFetchException e)
        {
            throw new InvalidInputException(field, e.Message);
        }
    }

    private static (byte[] Envelope, AttestationBundle? Bundle) Unpack(byte[] file, string what)
    {
        var isZip = file.Length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
        if (!isZip)
        {
            return file.Length > AttestationVerifier.MaxEnvelopeBytes
                ? throw new InvalidInputException(Field, $"{Capital(what)} is {file.Length:N0} bytes; an attestation may be at most {AttestationVerifier.MaxEnvelopeBytes:N0} bytes.")
                : (file, null);
        }

        try
        {
            using var stream = new MemoryStream(file, writable: false);
            var bundle = AttestationBundle.Read(stream);
            return (bundle.Attestation.ToArray(), bundle);
        }
        catch (AttestationBundleException e)
        {
            throw new InvalidInputException(Field, $"{Capital(what)} is not a readable attestation bundle: {e.Message}");
        }
        catch (InvalidDataException e)
        {
            throw new InvalidInputException(Field, $"{Capital(what)} is not a readable zip archive: {e.Message}");
        }
    }

    private static JsonWebKeySet ParseKeys(byte[] json, string what)
    {
        try
        {
            return JsonWebKeySet.Parse(json);
        }
        catch (JwkException e)
        {
            throw new InvalidInputException("KeySet", $"{Capital(what)} cannot be used: {e.Message}");
        }
    }

    private Task<Supplier?> SupplierAsync(TenantContext tenant, Guid id, CancellationToken ct) =>
        db.Suppliers.Include(s => s.Products).FirstOrDefaultAsync(s => s.OrganisationId == tenant.Id && s.Id == id, ct);

    private static SupplierImportItem Item(SupplierAttestation row, bool alreadyImported) =>
        new(row.Id, alreadyImported, row.IsValid, row.SubjectName, row.Verdict, row.SourceUrl);

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private sealed record IndexEntry(Guid Id, string Product, string? Release, DateTimeOffset IssuedAt);
}
