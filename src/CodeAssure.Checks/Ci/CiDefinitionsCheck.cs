using System.Globalization;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Ci;

/// <summary>CA-CI-030: the build is defined in committed CI definitions; records which were read and which could not be (principle 2.2).</summary>
public sealed class CiDefinitionsCheck : ICheck
{
    private const int MaxListed = 200;

    private static readonly IReadOnlyList<CiCheck> Rows = [CiChecks.CiDefinitionsRead, CiChecks.DefinitionUnreadable];

    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = CiCheckRun.Describe(
        CiChecks.CiDefinitionsRead,
        "CI definitions read",
        "GitHub Actions workflows and actions, .gitlab-ci.yml and its local includes, Azure Pipelines definitions and templates; facts: each definition, and the includes and templates pulled from elsewhere (listed, never fetched); CI definitions that are malformed, not UTF-8, over 1 MB or alias bombs are Low findings (CA-CI-090).",
        Rows);

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = new CiScanner().Scan(context.Root, context.Exclude);
        if (result.Definitions.Count == 0)
        {
            return Task.FromResult(CheckOutcome.NotApplicable("no CI definitions (GitHub Actions, GitLab CI, Azure Pipelines) found"));
        }

        var facts = new Dictionary<string, string>
        {
            ["definitions"] = result.Definitions.Count.ToString(CultureInfo.InvariantCulture),
            ["unreadable"] = result.Definitions.Count(d => !d.Read).ToString(CultureInfo.InvariantCulture),
            ["externalIncludes"] = result.ExternalIncludes.Count.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var definition in result.Definitions.Take(MaxListed))
        {
            facts[$"definition:{definition.Path}"] = definition.Read ? definition.Platform.ToString() : $"{definition.Platform} (not readable)";
        }

        var i = 0;
        foreach (var include in result.ExternalIncludes.Distinct(StringComparer.Ordinal).Take(MaxListed))
        {
            facts[$"externalInclude.{++i:D3}"] = include;
        }

        var ids = Rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return Task.FromResult(CheckOutcome.FromFindings([.. result.Findings.Where(f => ids.Contains(f.CheckId))], facts));
    }
}
