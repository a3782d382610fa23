using System.Globalization;
using CodeAssure.Catalog;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Support;

/// <summary>
/// CA-SUPPORT-001: a support statement is published with support periods and an update policy (principle 4.1,
/// claims 4.1.1 and 4.1.2): SUPPORT.md (root, .github/ or docs/) and/or support-lifecycle.json.
/// </summary>
public sealed class SupportStatementCheck : ICheck
{
    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = new(
        "CA-SUPPORT-001",
        "Support statement with support periods",
        [PrincipleId.Parse("4.1")],
        [ClaimId.Parse("4.1.1"), ClaimId.Parse("4.1.2")],
        "SUPPORT.md (or SUPPORT.rst/.txt, SUPPORT-POLICY.md, LIFECYCLE.md) at the root, .github/ or docs/, and support-lifecycle.json (docs/support-lifecycle.schema.json): present (Medium when not), a support period as dates or durations (Low when none), how updates are delivered (Low when not said), a valid lifecycle file (Medium when not).",
        "Publish SUPPORT.md stating how long each version is supported (or end-of-support dates per version, e.g. in support-lifecycle.json), how often and how patches are delivered, and how customers are told.");

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var statement = SupportStatement.Read(new RepositoryTextFiles(context));
        var findings = new List<CheckFinding>();
        if (!statement.Found)
        {
            findings.Add(Finding("no-support-statement", FindingLevel.Medium, "no support statement: no SUPPORT.md or support-lifecycle.json at the root, .github/ or docs/", null, null));
            return Task.FromResult(CheckOutcome.FromFindings(findings));
        }

        foreach (var (path, line, message) in statement.Errors)
        {
            findings.Add(Finding("invalid-lifecycle-file", FindingLevel.Medium, $"{SupportLifecycle.FileName} is invalid: {message}", path, line > 0 ? (int)line : null));
        }

        var first = statement.Documents.Concat(statement.LifecycleFiles).First();
        if (statement.SupportPeriodAt is null)
        {
            findings.Add(Finding("no-support-period", FindingLevel.Low, "the support statement states no support period: neither end-of-support dates nor how long versions are supported", first, null));
        }

        if (statement.UpdatePolicyAt is null && statement.Documents.Count > 0)
        {
            findings.Add(Finding("no-update-policy", FindingLevel.Low, "the support statement does not say how patches or security updates are delivered", statement.Documents[0], null));
        }
        else if (statement.Documents.Count == 0)
        {
            findings.Add(Finding("no-update-policy", FindingLevel.Low, "only a lifecycle file: add SUPPORT.md saying how often and how patches are delivered and how customers are told", first, null));
        }

        var facts = new Dictionary<string, string>
        {
            ["statements"] = string.Join(", ", statement.Documents.Concat(statement.LifecycleFiles)),
            ["versions"] = statement.Versions.Count.ToString(CultureInfo.InvariantCulture),
            ["endOfSupportDates"] = statement.EndDates.Count.ToString(CultureInfo.InvariantCulture),
        };
        if (statement.SupportPeriodAt is { } period)
        {
            facts["supportPeriod"] = period;
        }

        if (statement.UpdatePolicyAt is { } policy)
        {
            facts["updatePolicy"] = policy;
        }

        return Task.FromResult(CheckOutcome.FromFindings(findings, facts));
    }

    private CheckFinding Finding(string rule, FindingLevel level, string message, string? path, int? line) => new()
    {
        CheckId = Descriptor.Id,
        RuleId = rule,
        Level = level,
        Message = message,
        Location = path is null ? null : new SourceLocation(path, line),
        Fingerprint = $"{rule}|{path}",
    };
}
