namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.32 Flag without Product Reference.</summary>
internal sealed class FlagWithoutProductReference : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.32";

    /// <inheritdoc/>
    public override string Name => "Flag without Product Reference";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            foreach (var (flag, f) in (vulnerability.Flags ?? []).Select((x, i) => (x, i)))
            {
                if (flag.ProductIds is null && flag.GroupIds is null)
                {
                    yield return Hit($"/vulnerabilities/{v}/flags/{f}", "the flag has neither product_ids nor group_ids");
                }
            }
        }
    }
}
