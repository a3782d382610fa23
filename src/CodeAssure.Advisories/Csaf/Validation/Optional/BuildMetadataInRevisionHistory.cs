namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>CSAF 2.0 §6.2.4 Build Metadata in Revision History.</summary>
internal sealed class BuildMetadataInRevisionHistory : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.2.4";

    /// <inheritdoc/>
    public override string Name => "Build Metadata in Revision History";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (revision, i) in context.Document.Document.Tracking.RevisionHistory.Select((r, i) => (r, i)))
        {
            if (revision.Number is { Build: { } build } number)
            {
                yield return Hit($"/document/tracking/revision_history/{i}/number", $"version {number} includes the build metadata +{build}");
            }
        }
    }
}
