namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.5 Multiple Definition of Product Group ID.</summary>
internal sealed class MultipleProductGroupIdDefinition : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.5";

    /// <inheritdoc/>
    public override string Name => "Multiple Definition of Product Group ID";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, path) in context.Products.GroupDefinitions)
        {
            if (!seen.Add(id))
            {
                yield return Hit(path, $"product group id '{id}' is defined more than once");
            }
        }
    }
}
