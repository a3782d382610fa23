using System.Globalization;
using CodeAssure.Catalog;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Secrets;

/// <summary>CA-SECRETS-001: no hard-coded credentials in the working tree (principle 1.4, claims 1.4.5 and 2.1.4).</summary>
public sealed class HardCodedSecretsCheck : ICheck
{
    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = new(
        "CA-SECRETS-001",
        "Hard-coded secrets",
        [PrincipleId.Parse("1.4"), PrincipleId.Parse("2.1")],
        [ClaimId.Parse("1.4.5"), ClaimId.Parse("2.1.4")],
        "82 rules for cloud keys, service tokens, private keys, JWTs, connection strings and high-entropy secrets (docs/secrets.md); values redacted.",
        "Remove the secret from the code, rotate it, and load it from a secret store or the environment.");

    /// <inheritdoc />
    public async Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scanner = new SecretScanner(new SecretScanOptions { Baseline = context.SecretBaseline, Exclude = context.Exclude ?? [] });
        var result = await scanner.ScanDirectoryAsync(context.Root, cancellationToken).ConfigureAwait(false);
        var facts = new Dictionary<string, string>
        {
            ["filesScanned"] = result.FilesScanned.ToString(CultureInfo.InvariantCulture),
            ["filesSkipped"] = result.Skipped.Count.ToString(CultureInfo.InvariantCulture),
            ["suppressed"] = result.Suppressed.ToString(CultureInfo.InvariantCulture),
            ["baselineEntries"] = context.SecretBaseline.Accepted.Count.ToString(CultureInfo.InvariantCulture),
        };
        if (!context.ScanGitHistory)
        {
            return CheckOutcome.FromFindings(result.Findings, facts);
        }

        SecretScanResult history;
        try
        {
            history = await scanner.ScanHistoryAsync(context.Root, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            // No git, or not a repository: the working tree's result still stands, and the note says why history is missing.
            facts["history"] = "not scanned";
            var outcome = CheckOutcome.FromFindings(result.Findings, facts);
            return outcome with { Note = $"git history not scanned: {e.Message}" };
        }

        // A secret still in the working tree is reported where it is now; the history adds those removed since (with commit and author).
        var current = result.Findings.Select(f => f.Fingerprint).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var removed = history.Findings.Where(f => f.Fingerprint is null || !current.Contains(f.Fingerprint)).ToList();
        facts["history"] = "scanned";
        facts["historyFindings"] = removed.Count.ToString(CultureInfo.InvariantCulture);
        facts["historySuppressed"] = history.Suppressed.ToString(CultureInfo.InvariantCulture);
        return CheckOutcome.FromFindings([.. result.Findings, .. removed], facts);
    }
}
