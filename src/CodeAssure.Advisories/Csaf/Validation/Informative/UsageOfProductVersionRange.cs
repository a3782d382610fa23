namespace CodeAssure.Advisories.Csaf.Validation.Informative;

/// <summary>CSAF 2.0 §6.3.10 Usage of Product Version Range.</summary>
internal sealed class UsageOfProductVersionRange : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.3.10";

    /// <inheritdoc/>
    public override string Name => "Usage of Product Version Range";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (branch, path) in ProductIndex.AllBranches(context.Document))
        {
            if (branch.Category == "product_version_range")
            {
                yield return Hit(path + "/category", $"'{branch.Name}' is a version range; enumerate versions where possible");
            }
        }
    }
}
