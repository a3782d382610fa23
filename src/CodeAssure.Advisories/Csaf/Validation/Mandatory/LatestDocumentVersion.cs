namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.16 Latest Document Version.</summary>
internal sealed class LatestDocumentVersion : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.16";

    /// <inheritdoc/>
    public override string Name => "Latest Document Version";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var tracking = context.Document.Document.Tracking;
        var sorted = RevisionHistory.ByDate(context.Document);
        if (tracking.Version is not { } version || sorted.Count == 0 || sorted[^1].Revision.Number is not { } latest)
        {
            yield break;
        }

        var ignorePreRelease = tracking.Status == "draft";
        if (!string.Equals(version.Normalized(ignorePreRelease), latest.Normalized(ignorePreRelease), StringComparison.Ordinal))
        {
            yield return Hit("/document/tracking/version", $"is {version} but the latest revision (by date) is {latest}");
        }
    }
}
