namespace CodeAssure.Advisories.Csaf.Validation.Informative;

/// <summary>CSAF 2.0 §6.3.2 Use of CVSS v3.0.</summary>
internal sealed class UseOfCvssV30 : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.3.2";

    /// <inheritdoc/>
    public override string Name => "Use of CVSS v3.0";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            foreach (var (score, s) in (vulnerability.Scores ?? []).Select((x, i) => (x, i)))
            {
                if (score.CvssV3 is { } v3 && (v3.Version == "3.0" || v3.VectorString.StartsWith("CVSS:3.0/", StringComparison.Ordinal)))
                {
                    yield return Hit($"/vulnerabilities/{v}/scores/{s}/cvss_v3", "CVSS v3.0 is used; prefer v3.1");
                }
            }
        }
    }
}
