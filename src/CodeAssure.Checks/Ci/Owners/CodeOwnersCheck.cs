using System.Globalization;
using System.Text;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Ci.Owners;

/// <summary>CA-CI-020: a CODEOWNERS file names who must review changes to CI and build files (principle 2.2, claim 2.2.2).</summary>
public sealed class CodeOwnersCheck : ICheck
{
    private const int MaxReported = 100;
    private const long MaxFileBytes = 3 * 1024 * 1024; // GitHub ignores larger CODEOWNERS files

    private static readonly IReadOnlyList<CiCheck> Rows = [CiChecks.NoCodeOwners, CiChecks.BuildFileUnowned, CiChecks.CodeOwnersLineInvalid];

    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = CiCheckRun.Describe(
        CiChecks.NoCodeOwners,
        "CI and build files have code owners",
        "CODEOWNERS (.github/, root, docs/, .gitlab/; GitLab sections honoured): Low when missing (CA-CI-020); each CI or build file — CI definitions, Directory.Build.*, project files, package manifests and lock files, Dockerfiles, build scripts — that no rule gives an owner (CA-CI-021); lines GitHub ignores (CA-CI-023).",
        Rows,
        "Add a CODEOWNERS file whose rules give every CI and build file an owner (e.g. '/.github/ @org/build', '*.csproj @org/build'), fix the lines GitHub ignores, and require code-owner review in branch protection.");

    /// <inheritdoc />
    public async Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var excluded = PathPatterns.Parse(context.Exclude);
        var buildFiles = BuildFiles.Find(context.Root).Where(f => !excluded.Matches(f)).ToList();
        var location = CodeOwnersFile.Locations.FirstOrDefault(l => File.Exists(Path.Combine(context.Root, l)));
        var facts = new Dictionary<string, string>
        {
            ["buildFiles"] = buildFiles.Count.ToString(CultureInfo.InvariantCulture),
        };

        if (location is null)
        {
            return buildFiles.Count == 0
                ? CheckOutcome.NotApplicable("no CODEOWNERS file and no CI or build files")
                : CheckOutcome.FromFindings(
                    [new CheckFinding
                    {
                        CheckId = CiChecks.NoCodeOwners.Id,
                        Level = CiChecks.NoCodeOwners.Level,
                        Message = $"no CODEOWNERS file ({string.Join(", ", CodeOwnersFile.Locations)}): changes to the {buildFiles.Count} CI and build file(s) need no particular reviewer",
                        Fingerprint = CiFindings.Fingerprint(CiChecks.NoCodeOwners.Id, "no-codeowners"),
                    }],
                    facts);
        }

        var full = Path.Combine(context.Root, location);
        string text;
        try
        {
            if (new FileInfo(full).Length > MaxFileBytes)
            {
                return CheckOutcome.FromFindings([CiFindings.At(CiChecks.CodeOwnersLineInvalid, location, null, "the file is over 3 MB; GitHub does not read it, so nothing has an owner", rule: "too-large")], facts);
            }

            text = await File.ReadAllTextAsync(full, new UTF8Encoding(false, true), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return CheckOutcome.FromFindings([CiFindings.At(CiChecks.CodeOwnersLineInvalid, location, null, $"the file could not be read as UTF-8 text ({e.GetType().Name})", rule: "unreadable")], facts);
        }

        var owners = CodeOwnersFile.Parse(location, text);
        var unowned = buildFiles.Where(f => !owners.IsOwned(f)).ToList();
        var findings = new List<CheckFinding>(owners.Problems);
        findings.AddRange(unowned.Take(MaxReported).Select(f => CiFindings.At(
            CiChecks.BuildFileUnowned, f, null, $"no rule of {location} gives this CI or build file an owner, so changes to it need no owner's review", f)));
        if (unowned.Count > MaxReported)
        {
            findings.Add(CiFindings.At(CiChecks.BuildFileUnowned, location, null, $"{unowned.Count - MaxReported} more CI or build files have no owner", rule: "more", context: "more"));
        }

        facts["codeOwnersFile"] = location;
        facts["rules"] = owners.RuleCount.ToString(CultureInfo.InvariantCulture);
        facts["ownedBuildFiles"] = (buildFiles.Count - unowned.Count).ToString(CultureInfo.InvariantCulture);
        facts["unownedBuildFiles"] = unowned.Count.ToString(CultureInfo.InvariantCulture);
        return CheckOutcome.FromFindings(findings, facts);
    }
}
