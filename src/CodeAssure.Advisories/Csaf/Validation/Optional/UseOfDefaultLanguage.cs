namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>CSAF 2.0 §6.2.15 Use of Default Language.</summary>
internal sealed class UseOfDefaultLanguage : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.2.15";

    /// <inheritdoc/>
    public override string Name => "Use of Default Language";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (value, path) in new[] { (context.Document.Document.Lang, "/document/lang"), (context.Document.Document.SourceLang, "/document/source_lang") })
        {
            if (string.Equals(value, "i-default", StringComparison.OrdinalIgnoreCase))
            {
                yield return Hit(path, "the language i-default is used");
            }
        }
    }
}
