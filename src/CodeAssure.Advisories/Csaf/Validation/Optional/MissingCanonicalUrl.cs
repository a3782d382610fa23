namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>CSAF 2.0 §6.2.11 Missing Canonical URL.</summary>
internal sealed class MissingCanonicalUrl : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.2.11";

    /// <inheritdoc/>
    public override string Name => "Missing Canonical URL";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var fileName = CsafFileName.For(context.Document.Document.Tracking.Id);
        var canonical = (context.Document.Document.References ?? []).Any(r => r.Category == "self" && r.Url is { } url
            && url.OriginalString.StartsWith("https://", StringComparison.Ordinal)
            && url.OriginalString.EndsWith("/" + fileName, StringComparison.Ordinal));
        if (!canonical)
        {
            yield return Hit("/document/references", $"no self reference is an https URL ending in the file name '{fileName}'");
        }
    }
}
