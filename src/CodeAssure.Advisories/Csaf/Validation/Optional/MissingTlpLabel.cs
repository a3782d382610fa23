namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>CSAF 2.0 §6.2.10 Missing TLP label.</summary>
internal sealed class MissingTlpLabel : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.2.10";

    /// <inheritdoc/>
    public override string Name => "Missing TLP label";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var label = context.Document.Document.Distribution?.Tlp?.Label;
        if (label is not ("WHITE" or "GREEN" or "AMBER" or "RED"))
        {
            yield return Hit("/document/distribution/tlp/label", label is null ? "the document has no TLP label" : $"'{label}' is not a TLP label");
        }
    }
}
