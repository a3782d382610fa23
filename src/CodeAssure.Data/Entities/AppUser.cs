using Microsoft.AspNetCore.Identity;

namespace CodeAssure.Data.Entities;

/// <summary>A person who signs in. Identity keeps the password hash, lockout state and authenticator key.</summary>
public sealed class AppUser : IdentityUser
{
    /// <summary>Whether this person administers the whole server (the first account, made at setup).</summary>
    public bool IsServerAdmin { get; set; }

    /// <summary>When the account was made.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
