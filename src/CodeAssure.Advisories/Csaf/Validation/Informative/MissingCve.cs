namespace CodeAssure.Advisories.Csaf.Validation.Informative;

/// <summary>CSAF 2.0 §6.3.3 Missing CVE.</summary>
internal sealed class MissingCve : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.3.3";

    /// <inheritdoc/>
    public override string Name => "Missing CVE";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            if (vulnerability.Cve is null)
            {
                yield return Hit($"/vulnerabilities/{v}", "no CVE id is given");
            }
        }
    }
}
