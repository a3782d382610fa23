using CodeAssure.Sbom.Model;

namespace CodeAssure.Sbom.Comparison;

/// <summary>Compares two SBOMs package by package (see <see cref="ComponentIdentity"/>), ignoring order and bom-refs.</summary>
public static class SbomComparer
{
    /// <summary>Lists the packages added, removed and changed in version from <paramref name="older"/> to <paramref name="newer"/>.</summary>
    public static SbomDifference Compare(SbomDocument older, SbomDocument newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = Index(older);
        var after = Index(newer);

        var added = after.Where(p => !before.ContainsKey(p.Key)).Select(p => p.Value).ToList();
        var removed = before.Where(p => !after.ContainsKey(p.Key)).Select(p => p.Value).ToList();
        var changed = before
            .Where(p => after.TryGetValue(p.Key, out var now) && !p.Value.Versions.SequenceEqual(now.Versions, StringComparer.Ordinal))
            .Select(p => new VersionChange(p.Key, p.Value.Name, p.Value.Versions, after[p.Key].Versions))
            .ToList();
        return new SbomDifference(added, removed, changed);
    }

    private static SortedDictionary<string, PackageVersions> Index(SbomDocument sbom) =>
        new(sbom.Components
            .GroupBy(ComponentIdentity.KeyOf, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new PackageVersions(
                    g.Key,
                    g.First().Group is { Length: > 0 } group ? $"{group}/{g.First().Name}" : g.First().Name,
                    [.. g.Select(c => c.Version ?? "").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]),
                StringComparer.Ordinal),
            StringComparer.Ordinal);
}
