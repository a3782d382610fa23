using CodeAssure.Catalog;
using CodeAssure.Checks.Ci;
using CodeAssure.Checks.Ci.History;
using CodeAssure.Checks.Ci.Owners;
using CodeAssure.Checks.Composition;
using CodeAssure.Checks.Distribution;
using CodeAssure.Checks.Evidence;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.SecurityPolicy;
using CodeAssure.Checks.Secrets;
using CodeAssure.Checks.SecurityTxt;
using CodeAssure.Checks.SecureDefaults;
using CodeAssure.Checks.Support;
using CodeAssure.Checks.Testing;

namespace CodeAssure.Checks.Framework;

/// <summary>Runs every check on a folder and assembles the evidence bundle. One check's failure never stops the others.</summary>
public sealed class EvidenceScanner(IReadOnlyList<ICheck> checks)
{
    /// <summary>All the checks CodeAssure has, in id order.</summary>
    public static IReadOnlyList<ICheck> AllChecks { get; } =
    [
        new SbomGenerationCheck(),
        new DisclosurePolicyCheck(),
        new SecurityTxtFileCheck(),
        new KnownVulnerabilitiesCheck(),
        new TestPresenceCheck(),
        new TestResultsCheck(),
        new HardCodedSecretsCheck(),
        new BuildPinningCheck(),
        new TokenPermissionsCheck(),
        new PrivilegedTriggerCheck(),
        new ScriptInjectionCheck(),
        new CiSecretExposureCheck(),
        new CodeOwnersCheck(),
        new CiDefinitionsCheck(),
        new BuildHistoryCheck(),
        new LockFilePresenceCheck(),
        new DependencyPinningCheck(),
        new DefaultPasswordsCheck(),
        new TlsValidationCheck(),
        new DebugModeCheck(),
        new ReleaseSigningCheck(),
        new ReleaseChecksumsCheck(),
        new DeterministicBuildCheck(),
        new SupportStatementCheck(),
        new EndOfSupportNoticeCheck(),
    ];

    /// <summary>Creates a scanner with every check.</summary>
    public EvidenceScanner()
        : this(AllChecks)
    {
    }

    /// <summary>Runs the checks and returns the bundle for the role.</summary>
    public Task<EvidenceBundle> ScanAsync(ScanContext context, CodeCatalog catalog, StakeholderRole role, string toolVersion, CancellationToken cancellationToken) =>
        ScanAsync(context, catalog, role, toolVersion, progress: null, cancellationToken);

    /// <summary>Runs the checks and returns the bundle for the role, reporting each check as it starts.</summary>
    /// <param name="context">The folder and options.</param>
    /// <param name="catalog">The Code's catalogue.</param>
    /// <param name="role">The stakeholder role (decides applicability).</param>
    /// <param name="toolVersion">CodeAssure's version, for the bundle.</param>
    /// <param name="progress">Told before each check runs; null for none. Called on the scanning thread.</param>
    /// <param name="cancellationToken">Stops the scan.</param>
    public async Task<EvidenceBundle> ScanAsync(ScanContext context, CodeCatalog catalog, StakeholderRole role, string toolVersion, IProgress<ScanProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(catalog);
        var evidence = new List<CheckEvidence>();
        var ordered = checks.OrderBy(c => c.Descriptor.Id, StringComparer.Ordinal).ToList();
        foreach (var check in ordered)
        {
            progress?.Report(new ScanProgress(evidence.Count + 1, ordered.Count, check.Descriptor.Id, check.Descriptor.Title));
            CheckOutcome outcome;
            try
            {
                outcome = await check.RunAsync(context, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
#pragma warning disable CA1031 // A check that breaks is reported in the bundle as an error; the scan goes on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                outcome = new CheckOutcome(CheckStatus.Error, [], new Dictionary<string, string>(), $"{e.GetType().Name}: {e.Message}");
            }

            var d = check.Descriptor;
            evidence.Add(new CheckEvidence(d.Id, d.Title, [.. d.Principles.Select(p => p.ToString())], [.. d.Claims.Select(c => c.ToString())],
                outcome.Status, outcome.Note, outcome.Findings, outcome.Facts, d.LooksFor, d.Remediation));
        }

        return new EvidenceBundle(
            EvidenceBundle.CurrentSchemaVersion,
            new BundleTool("CodeAssure", toolVersion),
            catalog.Version,
            context.Time.GetUtcNow(),
            new BundleSubject(Path.GetFileName(Path.TrimEndingDirectorySeparator(context.Root)), GitCommit(context.Root)),
            role.Id,
            evidence,
            EvidenceAssembler.Assemble(catalog, role, evidence));
    }

    /// <summary>The highest finding level in the bundle, for --fail-on.</summary>
    public static FindingLevel? HighestLevel(EvidenceBundle bundle) =>
        bundle.Checks.SelectMany(c => c.Findings).Select(f => (FindingLevel?)f.Level).Max();

    // Reads HEAD without running git: .git/HEAD names a ref or holds the commit.
    private static string? GitCommit(string root)
    {
        try
        {
            var head = Path.Combine(root, ".git", "HEAD");
            if (!File.Exists(head))
            {
                return null;
            }

            var text = File.ReadAllText(head).Trim();
            if (!text.StartsWith("ref: ", StringComparison.Ordinal))
            {
                return text.Length == 40 ? text : null;
            }

            var reference = Path.Combine(root, ".git", text[5..]);
            if (File.Exists(reference))
            {
                return File.ReadAllText(reference).Trim();
            }

            var packed = Path.Combine(root, ".git", "packed-refs");
            return File.Exists(packed)
                ? File.ReadLines(packed).Select(l => l.Split(' ')).FirstOrDefault(p => p.Length == 2 && p[1] == text[5..])?[0]
                : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
