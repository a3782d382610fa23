namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.23 Multiple Use of Same CVE.</summary>
internal sealed class MultipleUseOfSameCve : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.23";

    /// <inheritdoc/>
    public override string Name => "Multiple Use of Same CVE";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            if (vulnerability.Cve is { } cve && !seen.Add(cve))
            {
                yield return Hit($"/vulnerabilities/{v}/cve", $"{cve} is used by more than one vulnerability");
            }
        }
    }
}
