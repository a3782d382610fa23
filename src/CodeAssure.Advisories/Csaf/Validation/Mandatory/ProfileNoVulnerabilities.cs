namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.27.3 Vulnerabilities.</summary>
internal sealed class ProfileNoVulnerabilities : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.27.3";

    /// <inheritdoc/>
    public override string Name => "Vulnerabilities";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        if (context.Document.Document.Category == CsafProfiles.InformationalAdvisory && context.Document.Vulnerabilities is not null)
        {
            yield return Hit("/vulnerabilities", "an informational advisory must not have vulnerabilities");
        }
    }
}
