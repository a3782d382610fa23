namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.26 Prohibited Document Category Name.</summary>
internal sealed class ProhibitedDocumentCategoryName : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.26";

    /// <inheritdoc/>
    public override string Name => "Prohibited Document Category Name";

    private static string Normalize(string value) =>
        new(value.Where(c => c != '-' && c != '_' && !char.IsWhiteSpace(c)).ToArray());

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var category = context.Document.Document.Category;
        if (CsafProfiles.All.Contains(category))
        {
            yield break;
        }

        var normalized = Normalize(category);
        var reserved = new[]
        {
            "Security incident response", "Informational Advisory", "Security Advisory", "VEX",
            "csaf_security_incident_response", "csaf_informational_advisory", "csaf_security_advisory", "csaf_vex",
        };
        if (reserved.Any(name => string.Equals(Normalize(name), normalized, StringComparison.OrdinalIgnoreCase)))
        {
            yield return Hit("/document/category", $"'{category}' is the name of a CSAF profile; use the profile's value or another category");
        }
        else if (category.StartsWith("csaf_", StringComparison.OrdinalIgnoreCase))
        {
            yield return Hit("/document/category", $"'{category}' starts with the reserved prefix csaf_");
        }
    }
}
