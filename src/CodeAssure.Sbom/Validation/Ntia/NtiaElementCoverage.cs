namespace CodeAssure.Sbom.Validation.Ntia;

/// <summary>How many of the places an NTIA element is expected actually have it.</summary>
/// <param name="Element">The element.</param>
/// <param name="Present">How many components have it (for document-level elements: 1 or 0).</param>
/// <param name="Total">How many components there are (for document-level elements: 1).</param>
public sealed record NtiaElementCoverage(NtiaElement Element, int Present, int Total)
{
    /// <summary>Coverage in percent, 0–100, one decimal; 100 when nothing was expected (no components).</summary>
    public double Percent => Total == 0 ? 100.0 : Math.Round(100.0 * Present / Total, 1);
}
