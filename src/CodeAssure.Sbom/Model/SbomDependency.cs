namespace CodeAssure.Sbom.Model;

/// <summary>One node of the dependency graph: the component <paramref name="Ref"/> directly depends on <paramref name="DependsOn"/>.</summary>
/// <param name="Ref">The depending component's <see cref="SbomComponent.BomRef"/>.</param>
/// <param name="DependsOn">The <see cref="SbomComponent.BomRef"/>s it depends on directly (may be empty: "depends on nothing").</param>
public sealed record SbomDependency(string Ref, IReadOnlyList<string> DependsOn);
