namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.4 Missing Definition of Product Group ID.</summary>
internal sealed class MissingProductGroupIdDefinition : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.4";

    /// <inheritdoc/>
    public override string Name => "Missing Definition of Product Group ID";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            var references = (vulnerability.Remediations ?? []).Select((r, i) => (r.GroupIds, $"/vulnerabilities/{v}/remediations/{i}/group_ids"))
                .Concat((vulnerability.Threats ?? []).Select((t, i) => (t.GroupIds, $"/vulnerabilities/{v}/threats/{i}/group_ids")))
                .Concat((vulnerability.Flags ?? []).Select((f, i) => (f.GroupIds, $"/vulnerabilities/{v}/flags/{i}/group_ids")));
            foreach (var (groupIds, path) in references)
            {
                foreach (var (groupId, g) in (groupIds ?? []).Select((g, i) => (g, i)))
                {
                    if (!context.Products.IsGroupDefined(groupId))
                    {
                        yield return Hit($"{path}/{g}", $"product group id '{groupId}' is not defined in the product tree");
                    }
                }
            }
        }
    }
}
