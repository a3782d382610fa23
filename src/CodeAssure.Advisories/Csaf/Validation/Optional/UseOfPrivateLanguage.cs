namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>CSAF 2.0 §6.2.14 Use of Private Language.</summary>
internal sealed class UseOfPrivateLanguage : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.2.14";

    /// <inheritdoc/>
    public override string Name => "Use of Private Language";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (value, path) in new[] { (context.Document.Document.Lang, "/document/lang"), (context.Document.Document.SourceLang, "/document/source_lang") })
        {
            if (value is not null && LanguageTag.PrivateUseSubtag(value) is { } subtag)
            {
                yield return Hit(path, $"'{value}' uses the private-use subtag '{subtag}'");
            }
        }
    }
}
