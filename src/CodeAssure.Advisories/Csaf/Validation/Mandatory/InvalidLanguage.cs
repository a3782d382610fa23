namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.12 Language.</summary>
internal sealed class InvalidLanguage : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.12";

    /// <inheritdoc/>
    public override string Name => "Language";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (value, path) in new[] { (context.Document.Document.Lang, "/document/lang"), (context.Document.Document.SourceLang, "/document/source_lang") })
        {
            if (value is not null && LanguageTag.Problem(value) is { } problem)
            {
                yield return Hit(path, $"'{value}' is not a valid language tag: {problem}");
            }
        }
    }
}
