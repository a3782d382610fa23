namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>CSAF 2.0 §6.2.12 Missing Document Language.</summary>
internal sealed class MissingDocumentLanguage : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.2.12";

    /// <inheritdoc/>
    public override string Name => "Missing Document Language";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        if (string.IsNullOrEmpty(context.Document.Document.Lang))
        {
            yield return Hit("/document/lang", "the document language is not set");
        }
    }
}
