namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.7 Multiple Scores with same Version per Product.</summary>
internal sealed class MultipleScoresWithSameVersionPerProduct : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.7";

    /// <inheritdoc/>
    public override string Name => "Multiple Scores with same Version per Product";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            var seen = new HashSet<(string Product, string Version)>();
            foreach (var (score, s) in (vulnerability.Scores ?? []).Select((x, i) => (x, i)))
            {
                var versions = new[] { score.CvssV2 is null ? null : "2.0", score.CvssV3?.Version }.OfType<string>();
                foreach (var version in versions)
                {
                    foreach (var product in score.Products.Distinct(StringComparer.Ordinal))
                    {
                        if (!seen.Add((product, version)))
                        {
                            yield return Hit($"/vulnerabilities/{v}/scores/{s}", $"product id '{product}' has more than one CVSS v{version} score");
                        }
                    }
                }
            }
        }
    }
}
