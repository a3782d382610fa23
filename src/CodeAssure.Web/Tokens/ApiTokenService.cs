using System.Security.Cryptography;
using CodeAssure.Data;
using CodeAssure.Data.Audit;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Setup;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tokens;

/// <summary>API tokens: shown once at creation, stored as SHA-256 only, scoped to one organisation, revocable.</summary>
internal sealed class ApiTokenService(CodeAssureDbContext db, TimeProvider time)
{
    /// <summary>Every token starts with this, so secret scanners and people recognise it.</summary>
    public const string TokenPrefix = "cat_";

    public Task<List<ApiToken>> ListAsync(TenantContext tenant, CancellationToken cancellationToken) =>
        db.ApiTokens.AsNoTracking().Where(t => t.OrganisationId == tenant.Id).OrderBy(t => t.Name).ToListAsync(cancellationToken);

    /// <summary>Creates a token and returns it with its text, which is not stored and cannot be shown again.</summary>
    public async Task<(ApiToken Token, string Secret)> CreateAsync(TenantContext tenant, string userId, string? name, CancellationToken cancellationToken)
    {
        var secret = TokenPrefix + SetupTokenService.Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            Id = Guid.NewGuid(),
            OrganisationId = tenant.Id,
            Name = Input.Required("name", name, 200, "The token name"),
            TokenHash = AuditHash.Sha256Hex(secret),
            Prefix = secret[..10],
            CreatedBy = userId,
            CreatedAt = time.GetUtcNow(),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (token, secret);
    }

    public async Task<bool> RevokeAsync(TenantContext tenant, Guid id, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.OrganisationId == tenant.Id && t.Id == id, cancellationToken).ConfigureAwait(false);
        if (token is null)
        {
            return false;
        }

        token.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<ApiToken?> AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(TokenPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = AuditHash.Sha256Hex(secret);
        return await db.ApiTokens.AsNoTracking()
            .FirstOrDefaultAsync(t => t.TokenHash == hash && t.RevokedAt == null, cancellationToken).ConfigureAwait(false);
    }
}
