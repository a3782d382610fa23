namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.31 Version Range in Product Version.</summary>
internal sealed class VersionRangeInProductVersion : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.31";

    /// <inheritdoc/>
    public override string Name => "Version Range in Product Version";

    private static readonly HashSet<string> Keywords = new(["after", "all", "before", "earlier", "later", "prior", "versions"], StringComparer.Ordinal);

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        // As clarified by CSAF 2.0 Errata 01: operators anywhere, keywords only as whole whitespace-separated words.
        foreach (var (branch, path) in ProductIndex.AllBranches(context.Document))
        {
            if (branch.Category != "product_version")
            {
                continue;
            }

            var name = branch.Name.ToLowerInvariant();
            var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (name.Contains('<', StringComparison.Ordinal) || name.Contains('>', StringComparison.Ordinal) || words.Any(Keywords.Contains))
            {
                yield return Hit(path + "/name", $"'{branch.Name}' looks like a version range; use the category product_version_range");
            }
        }
    }
}
