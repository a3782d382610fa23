namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.24 Multiple Definition in Involvements.</summary>
internal sealed class MultipleInvolvementDefinition : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.24";

    /// <inheritdoc/>
    public override string Name => "Multiple Definition in Involvements";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            var seen = new HashSet<(string, DateTimeOffset)>();
            foreach (var (involvement, i) in (vulnerability.Involvements ?? []).Select((x, i) => (x, i)))
            {
                // Only dated items can repeat "at a date"; the instant is compared, whatever the offset written.
                if (involvement.Date is { } date && !seen.Add((involvement.Party, date.ToUniversalTime())))
                {
                    yield return Hit($"/vulnerabilities/{v}/involvements/{i}", $"party '{involvement.Party}' has more than one involvement at {date:O}");
                }
            }
        }
    }
}
