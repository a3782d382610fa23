namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.27.2 Document References.</summary>
internal sealed class ProfileDocumentReferences : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.27.2";

    /// <inheritdoc/>
    public override string Name => "Document References";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        if (context.Document.Document.Category is CsafProfiles.InformationalAdvisory or CsafProfiles.SecurityIncidentResponse
            && !(context.Document.Document.References ?? []).Any(r => r.Category == "external"))
        {
            yield return Hit("/document/references", "no document reference has the category external");
        }
    }
}
