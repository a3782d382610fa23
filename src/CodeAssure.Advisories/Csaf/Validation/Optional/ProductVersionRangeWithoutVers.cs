using System.Text.RegularExpressions;

namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>CSAF 2.0 §6.2.18 Product Version Range without vers.</summary>
internal sealed partial class ProductVersionRangeWithoutVers : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.2.18";

    /// <inheritdoc/>
    public override string Name => "Product Version Range without vers";

    [GeneratedRegex(@"^vers:[a-z\.\-\+][a-z0-9\.\-\+]*/.+", RegexOptions.CultureInvariant)]
    private static partial Regex Vers();

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (branch, path) in ProductIndex.AllBranches(context.Document))
        {
            if (branch.Category == "product_version_range" && !Vers().IsMatch(branch.Name))
            {
                yield return Hit(path + "/name", $"'{branch.Name}' is not a vers range (vers:<scheme>/<constraints>)");
            }
        }
    }
}
