namespace CodeAssure.Sbom.Validation;

/// <summary>
/// The cross-references of a CycloneDX BOM that its schema cannot express, gathered while reading it: every
/// <c>bom-ref</c> must be unique, every dependency <c>ref</c>/<c>dependsOn</c>/<c>provides</c> must name one of them,
/// and every purl must be well formed.
/// </summary>
internal sealed class CycloneDxReferences
{
    private readonly List<(string Value, string Location)> bomRefs = [];
    private readonly List<(string Value, string Location)> dependencyRefs = [];
    private readonly List<(string Value, string Location)> purls = [];

    public void AddBomRef(string value, string location) => bomRefs.Add((value, location));

    public void AddDependencyRef(string value, string location) => dependencyRefs.Add((value, location));

    public void AddPurl(string value, string location) => purls.Add((value, location));

    /// <summary>Adds a problem for every duplicate bom-ref, dangling dependency reference and malformed purl.</summary>
    /// <param name="purlSyntax">The purl check.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="reportDuplicates">False when a schema already reported duplicates (the XSDs' xs:unique on bom-ref).</param>
    public void Check(IPurlSyntax purlSyntax, List<ValidationProblem> problems, bool reportDuplicates = true)
    {
        var firstSeen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (value, location) in bomRefs)
        {
            if (!firstSeen.TryAdd(value, location) && reportDuplicates)
            {
                problems.Add(new ValidationProblem(location, $"bom-ref '{value}' is not unique (first used at {firstSeen[value]})"));
            }
        }

        foreach (var (value, location) in dependencyRefs)
        {
            // A BOM-Link (urn:cdx:…) points into another BOM, which cannot be checked from here.
            if (value.Length > 0 && !firstSeen.ContainsKey(value) && !value.StartsWith("urn:cdx:", StringComparison.Ordinal))
            {
                problems.Add(new ValidationProblem(location, $"dependency reference '{value}' does not match any bom-ref in the BOM"));
            }
        }

        foreach (var (value, location) in purls)
        {
            if (purlSyntax.Check(value) is { } why)
            {
                problems.Add(new ValidationProblem(location, PackageUrlSyntax.Describe(value, why)));
            }
        }
    }
}
