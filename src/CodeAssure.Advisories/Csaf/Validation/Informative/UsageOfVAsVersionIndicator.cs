namespace CodeAssure.Advisories.Csaf.Validation.Informative;

/// <summary>CSAF 2.0 §6.3.11 Usage of V as version indicator.</summary>
internal sealed class UsageOfVAsVersionIndicator : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.3.11";

    /// <inheritdoc/>
    public override string Name => "Usage of V as version indicator";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (branch, path) in ProductIndex.AllBranches(context.Document))
        {
            if (branch.Category == "product_version" && branch.Name.Length > 1 && branch.Name[0] is 'v' or 'V' && char.IsAsciiDigit(branch.Name[1]))
            {
                yield return Hit(path + "/name", $"'{branch.Name}' starts with a 'v' version indicator");
            }
        }
    }
}
