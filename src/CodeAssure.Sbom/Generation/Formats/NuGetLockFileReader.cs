using CodeAssure.Sbom.Generation.Model;

namespace CodeAssure.Sbom.Generation.Formats;

/// <summary>
/// NuGet's <c>packages.lock.json</c>: per target framework, each package with its type (Direct, Transitive,
/// CentralTransitive, Project), resolved version, contentHash (base64 SHA-512 of the .nupkg) and dependencies.
/// </summary>
internal sealed class NuGetLockFileReader : ILockFileReader
{
    public bool Handles(string fileName) => fileName.Equals("packages.lock.json", StringComparison.OrdinalIgnoreCase);

    public void Read(LockFileSource source, LockFileContents contents)
    {
        using var document = JsonFields.Parse(source.Text);
        var root = JsonFields.RootObject(document, "packages.lock.json");
        if (!root.TryGetProperty("dependencies", out var frameworks) || frameworks.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            throw new LockFileException(1, "packages.lock.json has no 'dependencies' object");
        }

        foreach (var framework in frameworks.EnumerateObject())
        {
            // Names are case-insensitive in NuGet; edges name packages as they are declared.
            var byName = new Dictionary<string, LockedPackage>(StringComparer.OrdinalIgnoreCase);
            var entries = new List<(LockedPackage Package, System.Text.Json.JsonElement Entry)>();
            foreach (var entry in JsonFields.Members(framework.Value))
            {
                var type = JsonFields.String(entry.Value, "type");
                var version = JsonFields.String(entry.Value, "resolved");
                if (string.Equals(type, "Project", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(version))
                {
                    continue;
                }

                var package = contents.Add(PackageEcosystem.NuGet, null, entry.Name, version);
                package.AddHash(HashText.FromBase64("SHA-512", JsonFields.String(entry.Value, "contentHash")));
                byName[entry.Name] = package;
                entries.Add((package, entry.Value));
                if (string.Equals(type, "Direct", StringComparison.OrdinalIgnoreCase))
                {
                    contents.AddDirect(package, DependencyScope.Required);
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
        }
    }
}
