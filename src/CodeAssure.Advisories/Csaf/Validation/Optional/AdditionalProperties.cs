namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>CSAF 2.0 §6.2.20 Additional Properties.</summary>
internal sealed class AdditionalProperties : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.2.20";

    /// <inheritdoc/>
    public override string Name => "Additional Properties";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context) =>
        context.Schemas.AdditionalProperties(context.Root)
            .Select(path => Hit(path, $"'{path[(path.LastIndexOf('/') + 1)..]}' is not defined in the CSAF JSON schema"));
}
