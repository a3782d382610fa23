using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Data.Audit;

/// <summary>Recomputes the audit chain from the first entry and reports the first place it breaks.</summary>
public static class AuditChainVerifier
{
    /// <summary>Reads every entry in order (in pages, so memory stays flat) and checks sequence, links and hashes.</summary>
    public static async Task<AuditVerification> VerifyAsync(CodeAssureDbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        const int page = 1000;
        long expected = 1;
        var previous = AuditHash.Genesis;
        long after = 0;
        while (true)
        {
            var batch = await context.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(page)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var entry in batch)
            {
                if (entry.Sequence != expected)
                {
                    return AuditVerification.Broken(expected - 1, entry.Sequence, $"entry {expected} is missing (next is {entry.Sequence})");
                }

                if (!string.Equals(entry.PreviousHash, previous, StringComparison.Ordinal))
                {
                    return AuditVerification.Broken(expected - 1, entry.Sequence, $"entry {entry.Sequence} does not link to the entry before it");
                }

                if (!string.Equals(AuditHash.Compute(entry), entry.Hash, StringComparison.Ordinal))
                {
                    return AuditVerification.Broken(expected - 1, entry.Sequence, $"entry {entry.Sequence} was changed after it was written (hash mismatch)");
                }

                previous = entry.Hash;
                expected++;
                after = entry.Sequence;
            }

            if (batch.Count < page)
            {
                return AuditVerification.Intact(expected - 1, previous);
            }
        }
    }
}
