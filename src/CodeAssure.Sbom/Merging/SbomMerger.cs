using CodeAssure.Sbom.Model;

namespace CodeAssure.Sbom.Merging;

/// <summary>
/// Makes one SBOM for a product built from several parts. Each part's own subject (its metadata component)
/// becomes a component the product depends on; components are de-duplicated by purl (without a purl, by type,
/// group, name and version); bom-refs are rewritten so refs from different files can never collide, and the
/// dependency graphs are joined.
/// </summary>
public static class SbomMerger
{
    /// <summary>Merges the parts under a new subject component named <paramref name="productName"/>.</summary>
    public static SbomDocument Merge(IReadOnlyList<SbomDocument> parts, string productName, string? productVersion, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentException.ThrowIfNullOrWhiteSpace(productName);
        const string rootRef = "product";
        var components = new Dictionary<string, SbomComponent>(StringComparer.Ordinal);
        var order = new List<string>();
        var edges = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var rootDependsOn = new SortedSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var refs = new Dictionary<string, string>(StringComparer.Ordinal);
            string Key(SbomComponent c) =>
                c.Purl is { Length: > 0 } purl ? purl : $"part{i}:{c.Type}:{c.Group}/{c.Name}@{c.Version}";

            var all = (part.Metadata.Component is { } subject ? part.Components.Prepend(subject) : part.Components).ToList();
            foreach (var component in all.Where(c => c.BomRef is not null))
            {
                refs.TryAdd(component.BomRef!, Key(component));
            }

            foreach (var component in all)
            {
                var key = Key(component);
                // Parent references are rewritten too; a parent outside this part is dropped.
                var rewritten = component.ParentRef is null ? component
                    : component with { ParentRef = refs.TryGetValue(component.ParentRef, out var parent) ? parent : null };
                if (components.TryGetValue(key, out var existing))
                {
                    components[key] = Combine(existing, rewritten);
                }
                else
                {
                    components[key] = rewritten;
                    order.Add(key);
                }
            }

            // The part's subject, or failing that its top-level components, hang off the product.
            if (part.Metadata.Component is { } top)
            {
                rootDependsOn.Add(Key(top));
            }
            else
            {
                foreach (var c in part.Components.Where(c => c.ParentRef is null))
                {
                    rootDependsOn.Add(Key(c));
                }
            }

            foreach (var dependency in part.Dependencies)
            {
                if (!refs.TryGetValue(dependency.Ref, out var from))
                {
                    continue;
                }

                var targets = edges.TryGetValue(from, out var set) ? set : edges[from] = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var to in dependency.DependsOn)
                {
                    if (refs.TryGetValue(to, out var target) && target != from)
                    {
                        targets.Add(target);
                    }
                }
            }

        }

        var merged = order.Select(k => components[k] with { BomRef = k }).ToList();
        var dependencies = new List<SbomDependency> { new(rootRef, [.. rootDependsOn]) };
        dependencies.AddRange(edges.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new SbomDependency(e.Key, [.. e.Value])));
        var product = new SbomComponent(productName) { BomRef = rootRef, Type = "application", Version = productVersion };
        var tools = parts.SelectMany(p => p.Metadata.Tools).Distinct().ToList();
        return new SbomDocument(SbomFormat.CycloneDx, "1.6", null, new SbomMetadata(product, timestamp, tools), merged, dependencies);
    }

    // The same package described twice: keep the first description, add what the second knows that it did not.
    private static SbomComponent Combine(SbomComponent first, SbomComponent second) => first with
    {
        Hashes = [.. first.Hashes.Concat(second.Hashes).DistinctBy(h => (h.Algorithm.ToUpperInvariant(), h.Value.ToLowerInvariant()))],
        Licenses = [.. first.Licenses.Concat(second.Licenses).Distinct(StringComparer.Ordinal)],
        Cpe = first.Cpe ?? second.Cpe,
        Supplier = first.Supplier ?? second.Supplier,
        Scope = first.Scope ?? second.Scope,
    };
}
