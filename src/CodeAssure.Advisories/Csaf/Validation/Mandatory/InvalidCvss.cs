namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.8 Invalid CVSS.</summary>
internal sealed class InvalidCvss : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.8";

    /// <inheritdoc/>
    public override string Name => "Invalid CVSS";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (cvss, path, version) in CvssObjects.All(context.Root))
        {
            if (version is null)
            {
                yield return Hit(path, "the CVSS version cannot be told from 'version' or 'vectorString'");
                continue;
            }

            foreach (var problem in context.Schemas.ValidateCvss(cvss, version))
            {
                yield return Hit(path + problem.Location, $"not valid against the CVSS v{version} schema: {problem.Message}");
            }
        }
    }
}
