using CodeAssure.Advisories.Csaf.Model;

namespace CodeAssure.Advisories.Csaf.Validation.Informative;

/// <summary>CSAF 2.0 §6.3.9 Branch Categories.</summary>
internal sealed class BranchCategories : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.3.9";

    /// <inheritdoc/>
    public override string Name => "Branch Categories";

    private static readonly string[] Order = ["vendor", "product_name", "product_version"];

    private static IEnumerable<(string Path, List<string> Categories)> ProductPaths(IReadOnlyList<Branch>? branches, string path, List<string> above)
    {
        foreach (var (branch, i) in (branches ?? []).Select((b, i) => (b, i)))
        {
            var categories = new List<string>(above) { branch.Category };
            if (branch.Product is not null)
            {
                yield return ($"{path}/{i}/product", categories);
            }

            foreach (var item in ProductPaths(branch.Branches, $"{path}/{i}/branches", categories))
            {
                yield return item;
            }
        }
    }

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (path, categories) in ProductPaths(context.Document.ProductTree?.Branches, "/product_tree/branches", []))
        {
            var next = 0;
            foreach (var category in categories)
            {
                if (next < Order.Length && category == Order[next])
                {
                    next++;
                }
            }

            if (next < Order.Length)
            {
                yield return Hit(path, $"the branches leading to this product ({string.Join(" -> ", categories)}) do not contain vendor -> product_name -> product_version in that order");
            }
        }
    }
}
