using CodeAssure.Attestation.Keys;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Attestations;

/// <summary>
/// Each organisation's signing keys: generated on first need, the private key protected with Data Protection before it
/// is stored, rotated by the Owner (the old key is retired, never deleted, so older attestations still verify).
/// Key times are whole seconds, as the JWK's NumericDate fields publish them.
/// </summary>
internal sealed class SigningKeyStore(CodeAssureDbContext db, IDataProtectionProvider protection, TimeProvider time)
{
    /// <summary>The Data Protection purpose of the private keys.</summary>
    public const string ProtectionPurpose = "CodeAssure.Attestation.SigningKey.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(ProtectionPurpose);

    /// <summary>The active key, generated (and added, unsaved) when the organisation has none; the caller disposes it.</summary>
    public async Task<(OrganisationSigningKey Row, SigningKey Key)> ActiveAsync(Guid organisationId, CancellationToken ct)
    {
        var row = await db.OrganisationSigningKeys.FirstOrDefaultAsync(k => k.OrganisationId == organisationId && k.RetiredAt == null, ct).ConfigureAwait(false);
        if (row is null)
        {
            return Generate(organisationId, WholeSeconds(time.GetUtcNow()));
        }

        return (row, SigningKey.FromPkcs8(_protector.Unprotect(row.ProtectedPrivateKey), row.ActivatedAt));
    }

    /// <summary>Retires the active key (if any) and makes a new one active; saved.</summary>
    public async Task<OrganisationSigningKey> RotateAsync(Guid organisationId, CancellationToken ct)
    {
        var now = WholeSeconds(time.GetUtcNow());
        var active = await db.OrganisationSigningKeys.Where(k => k.OrganisationId == organisationId && k.RetiredAt == null).ToListAsync(ct).ConfigureAwait(false);
        foreach (var old in active)
        {
            // One second of overlap: an attestation signed with the old key in the rotation's own second still verifies.
            old.RetiredAt = now.AddSeconds(1);
        }

        var (row, key) = Generate(organisationId, now);
        key.Dispose();
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return row;
    }

    /// <summary>Every key of the organisation, oldest first.</summary>
    public async Task<List<OrganisationSigningKey>> ListAsync(Guid organisationId, CancellationToken ct)
    {
        var rows = await db.OrganisationSigningKeys.AsNoTracking().Where(k => k.OrganisationId == organisationId).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.OrderBy(k => k.ActivatedAt)];
    }

    /// <summary>The organisation's public keys, active and retired, with their validity.</summary>
    public async Task<JsonWebKeySet> KeySetAsync(Guid organisationId, CancellationToken ct) =>
        new((await ListAsync(organisationId, ct).ConfigureAwait(false)).Select(ToPublic));

    public static PublicSigningKey ToPublic(OrganisationSigningKey row)
    {
        ArgumentNullException.ThrowIfNull(row);
        using var jwk = System.Text.Json.JsonDocument.Parse(row.PublicJwk);
        return PublicSigningKey.Parse(jwk.RootElement).WithValidity(row.ActivatedAt, row.RetiredAt);
    }

    private (OrganisationSigningKey Row, SigningKey Key) Generate(Guid organisationId, DateTimeOffset activatedAt)
    {
        var key = SigningKey.Generate(activatedAt);
        var pkcs8 = key.ExportPkcs8();
        var row = new OrganisationSigningKey
        {
            Id = Guid.NewGuid(), OrganisationId = organisationId, KeyId = key.KeyId, Algorithm = "ES256",
            PublicJwk = key.Public.ToJson(), ProtectedPrivateKey = _protector.Protect(pkcs8),
            CreatedAt = activatedAt, ActivatedAt = activatedAt,
        };
        Array.Clear(pkcs8);
        db.OrganisationSigningKeys.Add(row);
        return (row, key);
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset time) => DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds());
}
