namespace CodeAssure.Sbom.Readers.Spdx;

/// <summary>
/// Which SPDX relationships become dependency edges, and in which direction. "A DEPENDS_ON B" and "A CONTAINS B"
/// mean A depends on B; the "…_OF" / "…_BY" forms state the same edge from the other end. Every other
/// relationship (DESCRIBES, GENERATED_FROM, VARIANT_OF …) says nothing about dependencies and is left out.
/// </summary>
internal static class SpdxRelationshipMapping
{
    /// <summary>The edge a relationship states: its direction, or null when it is not a dependency.</summary>
    public static EdgeDirection? DirectionOf(string relationshipType)
    {
        // SPDX 2 spells types UPPER_SNAKE (DEPENDS_ON), SPDX 3 camelCase (dependsOn): compare without '_' and case.
        var key = relationshipType.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();
        return key switch
        {
            "DEPENDSON" or "CONTAINS" or "STATICLINK" or "DYNAMICLINK" or "HASPREREQUISITE" or "HASSTATICLINK"
                or "HASDYNAMICLINK" or "HASOPTIONALDEPENDENCY" or "HASPROVIDEDDEPENDENCY" => EdgeDirection.Forward,
            "DEPENDENCYOF" or "BUILDDEPENDENCYOF" or "DEVDEPENDENCYOF" or "OPTIONALDEPENDENCYOF" or "PROVIDEDDEPENDENCYOF"
                or "TESTDEPENDENCYOF" or "RUNTIMEDEPENDENCYOF" or "CONTAINEDBY" or "PREREQUISITEFOR" => EdgeDirection.Reverse,
            _ => null,
        };
    }
}
