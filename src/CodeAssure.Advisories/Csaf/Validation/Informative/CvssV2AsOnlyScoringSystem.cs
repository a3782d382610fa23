namespace CodeAssure.Advisories.Csaf.Validation.Informative;

/// <summary>CSAF 2.0 §6.3.1 Use of CVSS v2 as the only Scoring System.</summary>
internal sealed class CvssV2AsOnlyScoringSystem : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.3.1";

    /// <inheritdoc/>
    public override string Name => "Use of CVSS v2 as the only Scoring System";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            foreach (var (score, s) in (vulnerability.Scores ?? []).Select((x, i) => (x, i)))
            {
                if (score.CvssV2 is not null && score.CvssV3 is null)
                {
                    yield return Hit($"/vulnerabilities/{v}/scores/{s}", "CVSS v2 is the only scoring system used");
                }
            }
        }
    }
}
