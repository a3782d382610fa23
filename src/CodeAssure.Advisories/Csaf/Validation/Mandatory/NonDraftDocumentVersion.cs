namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.20 Non-draft Document Version.</summary>
internal sealed class NonDraftDocumentVersion : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.20";

    /// <inheritdoc/>
    public override string Name => "Non-draft Document Version";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var tracking = context.Document.Document.Tracking;
        if (tracking.Status is "final" or "interim" && tracking.Version is { PreRelease: not null } version)
        {
            yield return Hit("/document/tracking/version", $"version {version} has a pre-release part but the document is {tracking.Status}");
        }
    }
}
