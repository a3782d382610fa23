using CodeAssure.Catalog;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Ci;

/// <summary>The table of build-environment checks (principles 2.1 and 2.2), with the remediation each finding points to.</summary>
public static class CiChecks
{
    private static readonly PrincipleId Protect = PrincipleId.Parse("2.1");
    private static readonly PrincipleId Control = PrincipleId.Parse("2.2");

    /// <summary>CA-CI-001: a GitHub action or reusable workflow referenced by a tag or branch instead of a full commit SHA.</summary>
    public static readonly CiCheck ActionNotPinned = new(
        "CA-CI-001", "Action not pinned to a full commit SHA", FindingLevel.Medium, Control, ClaimId.Parse("2.2.2"),
        "Reference the action by the full 40-character commit SHA of the release you reviewed, with the tag in a comment "
        + "(uses: owner/repo@<sha> # v4.1.0), and let Dependabot or Renovate propose updates. Tags and branches can be moved "
        + "to other code by whoever controls the action's repository.");

    /// <summary>CA-CI-002: a workflow that never says what its GITHUB_TOKEN may do.</summary>
    public static readonly CiCheck PermissionsNotDeclared = new(
        "CA-CI-002", "Workflow token permissions not declared", FindingLevel.Medium, Protect, ClaimId.Parse("2.1.3"),
        "Add a top-level 'permissions:' block with the least the workflow needs (often 'contents: read'), and grant extra "
        + "scopes on the jobs that need them. Without it the token gets the repository's default, which may be read/write.");

    /// <summary>CA-CI-003: write-all, or write scopes granted to every job of a workflow.</summary>
    public static readonly CiCheck BroadPermissions = new(
        "CA-CI-003", "Broad write permissions", FindingLevel.High, Protect, ClaimId.Parse("2.1.3"),
        "Replace 'write-all' with the scopes actually used, and move write scopes from the workflow level to the jobs "
        + "that need them, so a compromised step elsewhere cannot push code, packages or releases.");

    /// <summary>CA-CI-004: a privileged trigger (pull_request_target, workflow_run) that checks out the pull request's code.</summary>
    public static readonly CiCheck PrivilegedUntrustedCheckout = new(
        "CA-CI-004", "Privileged workflow checks out untrusted pull-request code", FindingLevel.High, Protect, ClaimId.Parse("2.1.1"),
        "Do not check out or build the pull request's head in pull_request_target or workflow_run workflows: they run with "
        + "secrets and a write token. Build untrusted code in a 'pull_request' workflow without secrets, and pass results "
        + "to a privileged workflow as artifacts that are treated as data, never executed.");

    /// <summary>CA-CI-005: an attacker-controllable expression expanded into a script.</summary>
    public static readonly CiCheck ScriptInjection = new(
        "CA-CI-005", "Script injection from an untrusted context", FindingLevel.High, Protect, ClaimId.Parse("2.1.1"),
        "Never put values that outsiders control (titles, bodies, branch names, commit messages, author names) into script "
        + "text. GitHub: pass ${{ github.event... }} through env: (TITLE: ${{ github.event.issue.title }}) and use \"$TITLE\"; "
        + "in github-script read context.payload. Azure Pipelines: map $(Build.SourceBranchName) and the like into env: and use "
        + "the environment variable, quoted. GitLab: never hand $CI_COMMIT_MESSAGE, $CI_MERGE_REQUEST_TITLE and the like to eval or sh -c.");

    /// <summary>CA-CI-006: a secret written to the build log.</summary>
    public static readonly CiCheck SecretPrinted = new(
        "CA-CI-006", "Secret printed to the build log", FindingLevel.Medium, Protect, ClaimId.Parse("2.1.4"),
        "Do not echo secrets, dump the environment (env, printenv) or trace scripts that handle them ('set -x'); log masking only hides the exact value, not "
        + "encoded or split forms. Pipe secrets to the tool that needs them (--password-stdin) or pass them as environment variables.");

    /// <summary>CA-CI-007: the deprecated set-env/add-path workflow commands re-enabled.</summary>
    public static readonly CiCheck UnsecureCommands = new(
        "CA-CI-007", "Unsecure workflow commands enabled", FindingLevel.High, Protect, ClaimId.Parse("2.1.1"),
        "Remove ACTIONS_ALLOW_UNSECURE_COMMANDS. Use the GITHUB_ENV and GITHUB_PATH files instead of the ::set-env and "
        + "::add-path commands, which any text printed to the log could trigger.");

    /// <summary>CA-CI-010: a container image referenced by tag instead of digest.</summary>
    public static readonly CiCheck ImageNotPinned = new(
        "CA-CI-010", "Container image not pinned by digest", FindingLevel.Low, Control, ClaimId.Parse("2.2.2"),
        "Reference build images by digest (image: name:tag@sha256:<digest>) and update the digest deliberately, so the "
        + "build environment cannot change without a reviewed commit.");

    /// <summary>CA-CI-011: a variable whose name says secret holding a literal value.</summary>
    public static readonly CiCheck LiteralSecret = new(
        "CA-CI-011", "Literal secret in CI variables", FindingLevel.Medium, Protect, ClaimId.Parse("2.1.4"),
        "Move the value into the CI system's secret store (GitHub secrets, GitLab masked and protected variables, Azure "
        + "secret variables or Key Vault) and rotate it: it is in the repository history. Throw-away passwords of test "
        + "service containers can be accepted in a baseline.");

    /// <summary>CA-CI-012: verbose debug tracing switched on in the committed definition.</summary>
    public static readonly CiCheck DebugTracing = new(
        "CA-CI-012", "Debug tracing enabled", FindingLevel.Medium, Protect, ClaimId.Parse("2.1.4"),
        "Remove CI_DEBUG_TRACE / CI_DEBUG_SERVICES / system.debug from the committed definition; turn tracing on for a "
        + "single run when needed. Trace logs can contain every variable, including secrets.");

    /// <summary>CA-CI-013: an Azure Pipelines checkout that leaves the access token in the repository's git config.</summary>
    public static readonly CiCheck PersistedCredentials = new(
        "CA-CI-013", "Checkout persists credentials", FindingLevel.Medium, Protect, ClaimId.Parse("2.1.4"),
        "Remove 'persistCredentials: true' unless a later step must push; then scope that job narrowly. Otherwise every "
        + "later step (and any tool it runs) can read the token from .git/config.");

    /// <summary>CA-CI-014: an Azure Pipelines task without a major version.</summary>
    public static readonly CiCheck TaskNotPinned = new(
        "CA-CI-014", "Task not pinned to a major version", FindingLevel.Low, Control, ClaimId.Parse("2.2.2"),
        "Write the task with its major version (task: DotNetCoreCLI@2) so a new major version with different behaviour "
        + "is adopted by a reviewed change, not silently.");

    /// <summary>CA-CI-015: CI configuration pulled from a URL or another project without a fixed revision.</summary>
    public static readonly CiCheck UnpinnedInclude = new(
        "CA-CI-015", "CI configuration included without a fixed revision", FindingLevel.Medium, Control, ClaimId.Parse("2.2.2"),
        "Include other projects' configuration with 'ref:' set to a commit SHA (or a protected tag you control), and "
        + "avoid 'remote:' includes: whoever controls that URL controls your pipeline.");

    /// <summary>CA-CI-020: no CODEOWNERS file.</summary>
    public static readonly CiCheck NoCodeOwners = new(
        "CA-CI-020", "No CODEOWNERS file", FindingLevel.Low, Control, ClaimId.Parse("2.2.2"),
        "Add a CODEOWNERS file (.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS) naming who must review changes to "
        + "CI and build files, and require code-owner review in branch protection.");

    /// <summary>CA-CI-021: a CI or build file no CODEOWNERS rule gives an owner.</summary>
    public static readonly CiCheck BuildFileUnowned = new(
        "CA-CI-021", "CI or build file without a code owner", FindingLevel.Low, Control, ClaimId.Parse("2.2.2"),
        "Add CODEOWNERS rules for CI and build files (e.g. '/.github/ @org/build-owners', '*.csproj @org/build-owners'). "
        + "Remember the last matching rule wins: a later rule without owners removes ownership.");

    /// <summary>CA-CI-023: a CODEOWNERS line that cannot be used.</summary>
    public static readonly CiCheck CodeOwnersLineInvalid = new(
        "CA-CI-023", "CODEOWNERS line not understood", FindingLevel.Low, Control, ClaimId.Parse("2.2.2"),
        "Fix the line: GitHub ignores invalid CODEOWNERS lines (and '!' negation or '[ ]' ranges are not supported), so "
        + "the files it meant to protect have no owner.");

    /// <summary>CA-CI-030: the CI definitions found and read (evidence); its findings are the definitions that could not be read (CA-CI-090).</summary>
    public static readonly CiCheck CiDefinitionsRead = new(
        "CA-CI-030", "CI definitions read", FindingLevel.Info, Control, ClaimId.Parse("2.2.1"),
        "Build in CI from definitions committed to the repository, so every change to the build is reviewed and logged; "
        + "fix definitions that cannot be read.");

    /// <summary>CA-CI-090: a CI definition that could not be read safely and was skipped.</summary>
    public static readonly CiCheck DefinitionUnreadable = new(
        "CA-CI-090", "CI definition could not be read", FindingLevel.Low, Control, null,
        "Fix the YAML (the CI system will reject it too), or split files over 1 MB. Files using alias expansion to grow "
        + "past the node limit, or nested deeper than the limit, are refused on purpose.");

    /// <summary>CA-CI-040: who changed a CI or build file, and when (evidence for claim 2.2.1).</summary>
    public static readonly CiCheck BuildHistoryEntry = new(
        "CA-CI-040", "Build configuration change history", FindingLevel.Info, Control, ClaimId.Parse("2.2.1"),
        "None needed: this is the change log of the build configuration. If history is unavailable, scan a git clone with its history (not a shallow export).");

    /// <summary>Every check, in id order.</summary>
    public static IReadOnlyList<CiCheck> All { get; } =
    [
        ActionNotPinned, PermissionsNotDeclared, BroadPermissions, PrivilegedUntrustedCheckout, ScriptInjection,
        SecretPrinted, UnsecureCommands, ImageNotPinned, LiteralSecret, DebugTracing, PersistedCredentials, TaskNotPinned,
        UnpinnedInclude, NoCodeOwners, BuildFileUnowned, CodeOwnersLineInvalid, CiDefinitionsRead,
        BuildHistoryEntry, DefinitionUnreadable,
    ];
}
