namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>CSAF 2.0 §6.2.7 Missing Date in Involvements.</summary>
internal sealed class MissingDateInInvolvements : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.2.7";

    /// <inheritdoc/>
    public override string Name => "Missing Date in Involvements";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            foreach (var (involvement, i) in (vulnerability.Involvements ?? []).Select((x, i) => (x, i)))
            {
                if (involvement.Date is null)
                {
                    yield return Hit($"/vulnerabilities/{v}/involvements/{i}", "the involvement has no date");
                }
            }
        }
    }
}
