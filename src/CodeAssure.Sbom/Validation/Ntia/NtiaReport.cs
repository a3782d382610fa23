namespace CodeAssure.Sbom.Validation.Ntia;

/// <summary>
/// Coverage of the NTIA minimum elements in one SBOM: per element, per component, and overall (the mean of the seven
/// element percentages, so the two document-level elements weigh as much as each per-component one).
/// </summary>
public sealed class NtiaReport
{
    internal NtiaReport(IReadOnlyList<NtiaComponentCoverage> components, bool hasAuthor, bool hasTimestamp)
    {
        Components = components;
        var perComponent = new[] { NtiaElement.Supplier, NtiaElement.Name, NtiaElement.Version, NtiaElement.UniqueIdentifier, NtiaElement.DependencyRelationship };
        var elements = perComponent
            .Select(element => new NtiaElementCoverage(element, components.Count(c => !c.Missing.Contains(element)), components.Count))
            .ToList();
        elements.Add(new NtiaElementCoverage(NtiaElement.Author, hasAuthor ? 1 : 0, 1));
        elements.Add(new NtiaElementCoverage(NtiaElement.Timestamp, hasTimestamp ? 1 : 0, 1));
        Elements = elements;
        OverallPercent = Math.Round(elements.Average(e => e.Percent), 1);
    }

    /// <summary>Coverage of each of the seven elements, in the NTIA order.</summary>
    public IReadOnlyList<NtiaElementCoverage> Elements { get; }

    /// <summary>Each component and the elements it lacks.</summary>
    public IReadOnlyList<NtiaComponentCoverage> Components { get; }

    /// <summary>The mean of the element percentages, 0–100.</summary>
    public double OverallPercent { get; }

    /// <summary>True when every element is fully covered.</summary>
    public bool IsComplete => Elements.All(e => e.Present == e.Total);
}
