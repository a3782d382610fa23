namespace CodeAssure.Advisories.Csaf.Validation.Informative;

/// <summary>CSAF 2.0 §6.3.4 Missing CWE.</summary>
internal sealed class MissingCwe : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.3.4";

    /// <inheritdoc/>
    public override string Name => "Missing CWE";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            if (vulnerability.Cwe is null)
            {
                yield return Hit($"/vulnerabilities/{v}", "no CWE is given");
            }
        }
    }
}
