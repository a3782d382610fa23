namespace CodeAssure.Data.Audit;

/// <summary>The outcome of verifying the audit chain.</summary>
public sealed record AuditVerification
{
    private AuditVerification(bool isIntact, long verifiedEntries, long? brokenAt, string? problem, string? lastHash)
    {
        IsIntact = isIntact;
        VerifiedEntries = verifiedEntries;
        BrokenAt = brokenAt;
        Problem = problem;
        LastHash = lastHash;
    }

    /// <summary>Whether every entry checked out.</summary>
    public bool IsIntact { get; }

    /// <summary>How many entries verified before the end or the break.</summary>
    public long VerifiedEntries { get; }

    /// <summary>The sequence number where the chain breaks, if it does.</summary>
    public long? BrokenAt { get; }

    /// <summary>What is wrong, if anything.</summary>
    public string? Problem { get; }

    /// <summary>The hash of the last entry (the chain head) when intact.</summary>
    public string? LastHash { get; }

    /// <summary>An intact chain of <paramref name="entries"/> entries.</summary>
    public static AuditVerification Intact(long entries, string lastHash) => new(true, entries, null, null, lastHash);

    /// <summary>A chain broken at <paramref name="at"/>.</summary>
    public static AuditVerification Broken(long verified, long at, string problem) => new(false, verified, at, problem, null);
}
