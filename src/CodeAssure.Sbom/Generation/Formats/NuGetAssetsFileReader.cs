using System.Text.Json;
using CodeAssure.Sbom.Generation.Model;

namespace CodeAssure.Sbom.Generation.Formats;

/// <summary>
/// NuGet's restore output <c>obj/project.assets.json</c>: <c>targets</c> give each resolved package and its
/// dependencies per framework, <c>libraries</c> the sha512 of each .nupkg, and <c>project.frameworks</c> the
/// project's own package references (direct). A reference with <c>suppressParent: All</c> (PrivateAssets=all) is
/// build-time only, so it is scoped dev.
/// </summary>
internal sealed class NuGetAssetsFileReader : ILockFileReader
{
    public bool Handles(string fileName) => fileName.Equals("project.assets.json", StringComparison.OrdinalIgnoreCase);

    public void Read(LockFileSource source, LockFileContents contents)
    {
        using var document = JsonFields.Parse(source.Text);
        var root = JsonFields.RootObject(document, "project.assets.json");
        if (!root.TryGetProperty("targets", out var targets) || targets.ValueKind != JsonValueKind.Object)
        {
            throw new LockFileException(1, "project.assets.json has no 'targets' object");
        }

        var hashes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var library in JsonFields.Members(root, "libraries"))
        {
            if (JsonFields.String(library.Value, "sha512") is { } sha512)
            {
                hashes[library.Name] = sha512;
            }
        }

        var byName = new Dictionary<string, LockedPackage>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<(LockedPackage Package, JsonElement Entry)>();
        foreach (var target in targets.EnumerateObject())
        {
            foreach (var entry in target.Value.EnumerateObject())
            {
                if (!string.Equals(JsonFields.String(entry.Value, "type"), "package", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var slash = entry.Name.IndexOf('/', StringComparison.Ordinal);
                if (slash <= 0 || slash == entry.Name.Length - 1)
                {
                    throw new LockFileException(JsonFields.LineOf(source.Text, entry.Name), $"target entry '{entry.Name}' is not 'name/version'");
                }

                var package = contents.Add(PackageEcosystem.NuGet, null, entry.Name[..slash], entry.Name[(slash + 1)..]);
                package.AddHash(HashText.FromBase64("SHA-512", hashes.GetValueOrDefault(entry.Name)));
                byName[package.Name] = package;
                entries.Add((package, entry.Value));
            }
        }

        foreach (var (package, entry) in entries)
        {
            foreach (var dependency in JsonFields.Members(entry, "dependencies"))
            {
                if (byName.TryGetValue(dependency.Name, out var target))
                {
                    package.DependsOn.Add(target.Purl);
                }
            }
        }

        if (root.TryGetProperty("project", out var project))
        {
            foreach (var framework in JsonFields.Members(project, "frameworks"))
            {
                foreach (var reference in JsonFields.Members(framework.Value, "dependencies"))
                {
                    if (!byName.TryGetValue(reference.Name, out var package))
                    {
                        continue;
                    }

                    var suppress = JsonFields.String(reference.Value, "suppressParent");
                    var buildOnly = suppress is not null && suppress.Contains("All", StringComparison.OrdinalIgnoreCase);
                    contents.AddDirect(package, buildOnly ? DependencyScope.Dev : DependencyScope.Required);
                }
            }
        }
    }
}
