using System.Text.Json;
using CodeAssure.Sbom.Generation.Model;

namespace CodeAssure.Sbom.Generation.Formats;

/// <summary>
/// npm's <c>package-lock.json</c> (and <c>npm-shrinkwrap.json</c>). Versions 2 and 3 list every installed package
/// under <c>packages</c> keyed by its <c>node_modules/…</c> path, with the project itself at <c>""</c>; version 1
/// nests <c>dependencies</c> instead. Dependencies resolve as Node does: the nearest <c>node_modules</c> going up.
/// </summary>
internal sealed class NpmLockFileReader : ILockFileReader
{
    private const string NodeModules = "node_modules/";

    public bool Handles(string fileName) =>
        fileName.Equals("package-lock.json", StringComparison.OrdinalIgnoreCase) || fileName.Equals("npm-shrinkwrap.json", StringComparison.OrdinalIgnoreCase);

    public void Read(LockFileSource source, LockFileContents contents)
    {
        using var document = JsonFields.Parse(source.Text);
        var root = JsonFields.RootObject(document, source.FileName);
        if (root.TryGetProperty("packages", out var packages) && packages.ValueKind == JsonValueKind.Object)
        {
            ReadPackages(packages, contents, source.Text);
        }
        else if (root.TryGetProperty("dependencies", out var dependencies) && dependencies.ValueKind == JsonValueKind.Object)
        {
            ReadVersion1(dependencies, contents, NpmNames.ManifestDependencies(source.ReadSibling("package.json")));
        }
        else if (!root.TryGetProperty("lockfileVersion", out _))
        {
            throw new LockFileException(1, "no 'lockfileVersion', 'packages' or 'dependencies': not an npm lock file");
        }
    }

    private static void ReadPackages(JsonElement packages, LockFileContents contents, string text)
    {
        var byPath = new Dictionary<string, (LockedPackage Package, JsonElement Entry)>(StringComparer.Ordinal);
        foreach (var entry in packages.EnumerateObject())
        {
            var path = entry.Name;
            var nameStart = path.LastIndexOf(NodeModules, StringComparison.Ordinal);
            if (nameStart < 0 || JsonFields.True(entry.Value, "link"))
            {
                continue; // the project itself, workspace folders and links to them
            }

            if (entry.Value.ValueKind != JsonValueKind.Object
                || (entry.Value.TryGetProperty("version", out var versionValue) && versionValue.ValueKind != JsonValueKind.String))
            {
                throw new LockFileException(JsonFields.LineOf(text, path), $"'{path}' must be an object with a string 'version'");
            }

            var version = JsonFields.String(entry.Value, "version");
            if (string.IsNullOrWhiteSpace(version))
            {
                continue;
            }

            // An alias (npm:real@1.0) is installed under the alias's path but is the package named in "name".
            var fullName = JsonFields.String(entry.Value, "name") ?? path[(nameStart + NodeModules.Length)..];
            var (scope, name) = NpmNames.Split(fullName);
            var package = contents.Add(PackageEcosystem.Npm, scope, name, version);
            foreach (var hash in HashText.FromIntegrity(JsonFields.String(entry.Value, "integrity")))
            {
                package.AddHash(hash);
            }

            package.StateScope(JsonFields.True(entry.Value, "dev") || JsonFields.True(entry.Value, "devOptional") ? DependencyScope.Dev
                : JsonFields.True(entry.Value, "optional") ? DependencyScope.Optional
                : DependencyScope.Required);
            byPath[path] = (package, entry.Value);
        }

        foreach (var (path, (package, entry)) in byPath)
        {
            foreach (var dependency in DependencyNames(entry))
            {
                if (Resolve(byPath, path, dependency) is { } target)
                {
                    package.DependsOn.Add(target.Purl);
                }
            }
        }

        if (!packages.TryGetProperty("", out _))
        {
            contents.DirectKnown = false;
        }

        // The project ("") and its workspace folders (paths outside node_modules) declare the direct dependencies.
        foreach (var member in packages.EnumerateObject().Where(m => !m.Name.Contains(NodeModules, StringComparison.Ordinal)))
        {
            foreach (var (dependency, scope) in ManifestSections(member.Value))
            {
                if (Resolve(byPath, member.Name, dependency) is { } target)
                {
                    contents.AddDirect(target, scope);
                }
            }
        }
    }

    private static void ReadVersion1(JsonElement dependencies, LockFileContents contents, Dictionary<string, DependencyScope>? manifest)
    {
        // Each node: its package, its "requires", and the chain of enclosing nodes for resolution.
        var nodes = new List<(LockedPackage Package, JsonElement Entry, Node Scope)>();
        var top = new Node(null);
        Collect(dependencies, top, nodes, contents);
        foreach (var (package, entry, scope) in nodes)
        {
            foreach (var required in JsonFields.Members(entry, "requires"))
            {
                for (var node = scope; node is not null; node = node.Parent)
                {
                    if (node.Children.TryGetValue(required.Name, out var target))
                    {
                        package.DependsOn.Add(target.Purl);
                        break;
                    }
                }
            }
        }

        if (manifest is not null)
        {
            foreach (var (name, scope) in manifest)
            {
                if (top.Children.TryGetValue(name, out var target))
                {
                    contents.AddDirect(target, scope);
                }
            }
        }
        else
        {
            // Without package.json, the top-level packages nothing else requires are what the project asked for.
            var required = nodes.SelectMany(n => n.Package.DependsOn).ToHashSet(StringComparer.Ordinal);
            foreach (var package in top.Children.Values.Where(p => !required.Contains(p.Purl)))
            {
                contents.AddDirect(package, package.Scope ?? DependencyScope.Required);
            }
        }
    }

    private static void Collect(JsonElement dependencies, Node parent, List<(LockedPackage, JsonElement, Node)> nodes, LockFileContents contents)
    {
        foreach (var entry in dependencies.EnumerateObject())
        {
            var version = JsonFields.String(entry.Value, "version");
            if (string.IsNullOrWhiteSpace(version) || version.StartsWith("file:", StringComparison.Ordinal) || version.StartsWith("link:", StringComparison.Ordinal))
            {
                continue;
            }

            // Aliases record "npm:real-name@version".
            var fullName = entry.Name;
            if (version.StartsWith("npm:", StringComparison.Ordinal))
            {
                fullName = NpmNames.NameOfSpecifier(version[4..]);
                version = NpmNames.RangeOfSpecifier(version[4..]);
            }

            var (scope, name) = NpmNames.Split(fullName);
            var package = contents.Add(PackageEcosystem.Npm, scope, name, version);
            foreach (var hash in HashText.FromIntegrity(JsonFields.String(entry.Value, "integrity")))
            {
                package.AddHash(hash);
            }

            package.StateScope(JsonFields.True(entry.Value, "dev") ? DependencyScope.Dev
                : JsonFields.True(entry.Value, "optional") ? DependencyScope.Optional
                : DependencyScope.Required);
            parent.Children[entry.Name] = package;
            var node = new Node(parent);
            nodes.Add((package, entry.Value, node));
            if (entry.Value.TryGetProperty("dependencies", out var nested) && nested.ValueKind == JsonValueKind.Object)
            {
                Collect(nested, node, nodes, contents);
            }
        }
    }

    private static IEnumerable<string> DependencyNames(JsonElement entry) =>
        JsonFields.Members(entry, "dependencies").Concat(JsonFields.Members(entry, "optionalDependencies")).Concat(JsonFields.Members(entry, "peerDependencies"))
            .Select(m => m.Name).Distinct(StringComparer.Ordinal);

    private static IEnumerable<(string Name, DependencyScope Scope)> ManifestSections(JsonElement project)
    {
        foreach (var m in JsonFields.Members(project, "dependencies"))
        {
            yield return (m.Name, DependencyScope.Required);
        }

        foreach (var m in JsonFields.Members(project, "optionalDependencies"))
        {
            yield return (m.Name, DependencyScope.Optional);
        }

        foreach (var m in JsonFields.Members(project, "devDependencies"))
        {
            yield return (m.Name, DependencyScope.Dev);
        }
    }

    // Node's lookup: <path>/node_modules/<dep>, then each enclosing node_modules, then the top level.
    private static LockedPackage? Resolve(Dictionary<string, (LockedPackage Package, JsonElement Entry)> byPath, string from, string dependency)
    {
        var current = from;
        while (true)
        {
            var candidate = current.Length == 0 ? NodeModules + dependency : current + "/" + NodeModules + dependency;
            if (byPath.TryGetValue(candidate, out var hit))
            {
                return hit.Package;
            }

            if (current.Length == 0)
            {
                return null;
            }

            var cut = current.LastIndexOf("/" + NodeModules, StringComparison.Ordinal);
            current = cut < 0 ? "" : current[..cut];
        }
    }

    private sealed class Node(Node? parent)
    {
        public Node? Parent { get; } = parent;

        public Dictionary<string, LockedPackage> Children { get; } = new(StringComparer.Ordinal);
    }
}
