using System.Globalization;
using CodeAssure.Catalog;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.SecureDefaults;

/// <summary>
/// The shape shared by CA-DEFAULT-002 and CA-DEFAULT-003: a list of <see cref="TextRule"/>s run over the repository,
/// each match a finding (Info in test code), with the count of files read as a fact.
/// </summary>
public abstract class InsecureDefaultsCheck : ICheck
{
    /// <inheritdoc />
    public abstract CheckDescriptor Descriptor { get; }

    internal abstract IReadOnlyList<TextRule> Rules { get; }

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var files = new RepositoryTextFiles(context);
        var matches = TextRuleScanner.Scan(files, Rules, cancellationToken);
        var findings = matches.Select(m => TextRuleScanner.ToFinding(Descriptor.Id, m)).ToList();
        var facts = new Dictionary<string, string>
        {
            ["filesRead"] = files.Paths.Count(p => Rules.Any(r => r.AppliesTo(p))).ToString(CultureInfo.InvariantCulture),
            ["matches"] = findings.Count.ToString(CultureInfo.InvariantCulture),
        };
        return Task.FromResult(CheckOutcome.FromFindings(findings, facts));
    }
}
