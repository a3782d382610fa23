namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.30 Mixed Integer and Semantic Versioning.</summary>
internal sealed class MixedIntegerAndSemanticVersioning : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.30";

    /// <inheritdoc/>
    public override string Name => "Mixed Integer and Semantic Versioning";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var tracking = context.Document.Document.Tracking;
        if (tracking.Version is not { } version)
        {
            yield break;
        }

        var scheme = version.IsInteger ? "integer" : "semantic";
        foreach (var (revision, i) in tracking.RevisionHistory.Select((r, i) => (r, i)))
        {
            if (revision.Number is { } number && number.IsInteger != version.IsInteger)
            {
                yield return Hit($"/document/tracking/revision_history/{i}/number", $"version {number} does not use {scheme} versioning like the document version {version}");
            }
        }
    }
}
