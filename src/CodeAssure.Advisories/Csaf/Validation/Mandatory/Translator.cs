namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.15 Translator.</summary>
internal sealed class Translator : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.15";

    /// <inheritdoc/>
    public override string Name => "Translator";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var document = context.Document.Document;
        if (document.Publisher.Category == "translator" && document.SourceLang is null)
        {
            yield return Hit("/document/source_lang", "the publisher is a translator but source_lang is missing");
        }
    }
}
