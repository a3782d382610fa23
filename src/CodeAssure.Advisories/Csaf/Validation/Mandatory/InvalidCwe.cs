namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.11 CWE.</summary>
internal sealed class InvalidCwe : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.11";

    /// <inheritdoc/>
    public override string Name => "CWE";

    private static bool IsCweId(string id) =>
        id.StartsWith("CWE-", StringComparison.Ordinal) && id.Length is > 4 and <= 10 && id[4] != '0' && id[4..].All(char.IsAsciiDigit);

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        // Without a licensed copy of the CWE list, only the form of the id and the presence of a name are checked:
        // whether the id exists and the name is its name is not verified (see docs/csaf.md).
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            if (vulnerability.Cwe is { } cwe)
            {
                if (!IsCweId(cwe.Id))
                {
                    yield return Hit($"/vulnerabilities/{v}/cwe/id", $"'{cwe.Id}' is not a CWE id (CWE-<number>)");
                }

                if (string.IsNullOrWhiteSpace(cwe.Name))
                {
                    yield return Hit($"/vulnerabilities/{v}/cwe/name", "the CWE name is empty");
                }
            }
        }
    }
}
