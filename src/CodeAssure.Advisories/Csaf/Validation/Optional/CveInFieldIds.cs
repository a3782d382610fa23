using System.Text.RegularExpressions;

namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>CSAF 2.0 §6.2.17 CVE in field IDs.</summary>
internal sealed partial class CveInFieldIds : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.2.17";

    /// <inheritdoc/>
    public override string Name => "CVE in field IDs";

    [GeneratedRegex("^CVE-[0-9]{4}-[0-9]{4,}$", RegexOptions.CultureInvariant)]
    private static partial Regex CveId();

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            foreach (var (id, i) in (vulnerability.Ids ?? []).Select((x, i) => (x, i)))
            {
                if (CveId().IsMatch(id.Text))
                {
                    yield return Hit($"/vulnerabilities/{v}/ids/{i}", $"{id.Text} is a CVE id; put it in cve");
                }
            }
        }
    }
}
