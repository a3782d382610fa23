namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>CSAF 2.0 §6.2.6 Older Current Release Date than Revision History.</summary>
internal sealed class OlderCurrentReleaseDateThanRevisionHistory : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.2.6";

    /// <inheritdoc/>
    public override string Name => "Older Current Release Date than Revision History";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var tracking = context.Document.Document.Tracking;
        if (tracking.RevisionHistory.Count > 0 && tracking.CurrentReleaseDate < tracking.RevisionHistory.Max(r => r.Date))
        {
            yield return Hit("/document/tracking/current_release_date", "the current release date is older than the newest revision");
        }
    }
}
