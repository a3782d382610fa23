namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.29 Remediation without Product Reference.</summary>
internal sealed class RemediationWithoutProductReference : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.29";

    /// <inheritdoc/>
    public override string Name => "Remediation without Product Reference";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            foreach (var (remediation, r) in (vulnerability.Remediations ?? []).Select((x, i) => (x, i)))
            {
                if (remediation.ProductIds is null && remediation.GroupIds is null)
                {
                    yield return Hit($"/vulnerabilities/{v}/remediations/{r}", "the remediation has neither product_ids nor group_ids");
                }
            }
        }
    }
}
