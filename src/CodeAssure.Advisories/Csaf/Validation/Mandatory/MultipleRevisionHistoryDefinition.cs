namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.22 Multiple Definition in Revision History.</summary>
internal sealed class MultipleRevisionHistoryDefinition : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.22";

    /// <inheritdoc/>
    public override string Name => "Multiple Definition in Revision History";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (revision, i) in context.Document.Document.Tracking.RevisionHistory.Select((r, i) => (r, i)))
        {
            if (revision.Number is { } number && !seen.Add(number.Text))
            {
                yield return Hit($"/document/tracking/revision_history/{i}/number", $"version {number} appears more than once");
            }
        }
    }
}
