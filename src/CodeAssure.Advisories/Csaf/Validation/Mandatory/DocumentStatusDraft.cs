namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.17 Document Status Draft.</summary>
internal sealed class DocumentStatusDraft : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.17";

    /// <inheritdoc/>
    public override string Name => "Document Status Draft";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var tracking = context.Document.Document.Tracking;
        if (tracking.Version is { } version && (version.IsZero || version.PreRelease is not null) && tracking.Status != "draft")
        {
            yield return Hit("/document/tracking/status", $"is {tracking.Status} but version {version} is a draft version");
        }
    }
}
