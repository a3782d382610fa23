using System.Security.Cryptography;
using CodeAssure.Data;
using CodeAssure.Data.Audit;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Setup;

/// <summary>
/// First run: while no account exists, each start issues a fresh random setup token (older ones are retired), stores
/// only its hash and prints it once. Using it creates the first administrator and retires it.
/// </summary>
internal sealed class SetupTokenService(CodeAssureDbContext db, UserManager<AppUser> users, TimeProvider time)
{
    public async Task<string?> IssueIfNoAccountsAsync(CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var now = time.GetUtcNow();
        foreach (var old in await db.SetupTokens.Where(t => t.UsedAt == null).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            old.UsedAt = now;
        }

        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        db.SetupTokens.Add(new SetupToken { Id = Guid.NewGuid(), TokenHash = AuditHash.Sha256Hex(token), CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return token;
    }

    public async Task<bool> IsValidAsync(string? token, CancellationToken cancellationToken) =>
        await FindAsync(token, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Creates the administrator and spends the token in one transaction; returns the new user.</summary>
    public async Task<AppUser> CreateAdministratorAsync(string? token, string? email, string? password, CancellationToken cancellationToken)
    {
        var address = Input.Required("email", email, 256, "The email address");
        if (!System.Net.Mail.MailAddress.TryCreate(address, out _))
        {
            throw new InvalidInputException("email", "The email address is not valid.");
        }

        if (string.IsNullOrEmpty(password))
        {
            throw new InvalidInputException("password", "The password is required.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var setup = await FindAsync(token, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidInputException("token", "This setup link is invalid or has already been used.");
        if (await db.Users.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidInputException("token", "Setup is already complete.");
        }

        var user = new AppUser { UserName = address, Email = address, IsServerAdmin = true, CreatedAt = time.GetUtcNow() };
        var result = await users.CreateAsync(user, password).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidInputException("password", string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        setup.UsedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return user;
    }

    private async Task<SetupToken?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = AuditHash.Sha256Hex(token);
        return await db.SetupTokens.FirstOrDefaultAsync(t => t.TokenHash == hash && t.UsedAt == null, cancellationToken).ConfigureAwait(false);
    }

    internal static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
