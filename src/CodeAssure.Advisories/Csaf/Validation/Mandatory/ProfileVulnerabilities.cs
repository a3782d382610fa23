namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.27.11 Vulnerabilities.</summary>
internal sealed class ProfileVulnerabilities : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.27.11";

    /// <inheritdoc/>
    public override string Name => "Vulnerabilities";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        if (context.Document.Document.Category is CsafProfiles.SecurityAdvisory or CsafProfiles.Vex && context.Document.Vulnerabilities is null)
        {
            yield return Hit("/vulnerabilities", $"a {context.Document.Document.Category} document must have vulnerabilities");
        }
    }
}
