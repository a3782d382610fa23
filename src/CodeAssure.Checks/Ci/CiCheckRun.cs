using System.Globalization;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Ci;

/// <summary>What the CI-definition checks share: a descriptor built from the rows of the check table, and a run that keeps the rows' findings.</summary>
internal static class CiCheckRun
{
    /// <summary>A descriptor whose principles and claims are those of the table rows the check reports.</summary>
    public static CheckDescriptor Describe(CiCheck main, string title, string looksFor, IReadOnlyList<CiCheck> rows, string? remediation = null) => new(
        main.Id,
        title,
        [.. rows.Select(r => r.Principle).Distinct().Order()],
        [.. rows.Where(r => r.Claim is not null).Select(r => r.Claim!.Value).Distinct().Order()],
        looksFor,
        remediation ?? main.Remediation);

    /// <summary>Scans the CI definitions and keeps the findings of the given rows; not applicable when there are no definitions.</summary>
    public static CheckOutcome Run(ScanContext context, IReadOnlyList<CiCheck> rows)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = new CiScanner().Scan(context.Root, context.Exclude);
        var read = result.Definitions.Where(d => d.Read).ToList();
        if (read.Count == 0)
        {
            return CheckOutcome.NotApplicable(result.Definitions.Count == 0
                ? "no CI definitions (GitHub Actions, GitLab CI, Azure Pipelines) found"
                : "no CI definition could be read (see CA-CI-030)");
        }

        var ids = rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var findings = result.Findings.Where(f => ids.Contains(f.CheckId)).ToList();
        var facts = new Dictionary<string, string>
        {
            ["definitionsChecked"] = read.Count.ToString(CultureInfo.InvariantCulture),
            ["findings"] = findings.Count.ToString(CultureInfo.InvariantCulture),
        };
        return CheckOutcome.FromFindings(findings, facts);
    }
}
