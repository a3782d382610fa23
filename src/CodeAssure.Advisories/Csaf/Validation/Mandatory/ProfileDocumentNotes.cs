namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.27.1 Document Notes.</summary>
internal sealed class ProfileDocumentNotes : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.27.1";

    /// <inheritdoc/>
    public override string Name => "Document Notes";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        if (context.Document.Document.Category is CsafProfiles.InformationalAdvisory or CsafProfiles.SecurityIncidentResponse
            && !(context.Document.Document.Notes ?? []).Any(n => n.Category is "description" or "details" or "general" or "summary"))
        {
            yield return Hit("/document/notes", "no document note has the category description, details, general or summary");
        }
    }
}
