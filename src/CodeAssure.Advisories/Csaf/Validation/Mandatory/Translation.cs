namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.28 Translation.</summary>
internal sealed class Translation : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.28";

    /// <inheritdoc/>
    public override string Name => "Translation";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var document = context.Document.Document;
        if (document.Lang is { } lang && document.SourceLang is { } source && string.Equals(lang, source, StringComparison.OrdinalIgnoreCase))
        {
            yield return Hit("/document/source_lang", $"the source language and the document language are both '{lang}'");
        }
    }
}
