using CodeAssure.Sbom.Generation.Model;
using CodeAssure.Sbom.Generation.Text;

namespace CodeAssure.Sbom.Generation.Formats;

/// <summary>
/// pnpm's <c>pnpm-lock.yaml</c>, lockfile versions 5.x, 6.x and 9.x. Packages are keyed <c>/name/1.0.0</c> (5.x),
/// <c>/name@1.0.0</c> (6.x) or <c>name@1.0.0</c> (9.x), possibly followed by a peer-dependency suffix in
/// parentheses or after '_'; dependencies of packages and of importers (the project and its workspaces) give name
/// and version. <c>dev</c> and <c>optional</c> flags (5.x, 6.x) set the scope; 9.x derives it from the importers.
/// </summary>
internal sealed class PnpmLockFileReader : ILockFileReader
{
    public bool Handles(string fileName) => fileName.Equals("pnpm-lock.yaml", StringComparison.OrdinalIgnoreCase);

    public void Read(LockFileSource source, LockFileContents contents)
    {
        if (YamlSubsetReader.Read(source.Text) is not YamlMapping root)
        {
            throw new LockFileException(1, "expected a YAML mapping at the top of pnpm-lock.yaml");
        }

        var versionText = root["lockfileVersion"]?.AsString() ?? throw new LockFileException(1, "no 'lockfileVersion'");
        var major = int.TryParse(versionText.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture, out var m) ? m : 0;
        var byKey = new Dictionary<string, LockedPackage>(StringComparer.Ordinal);
        var packageNodes = root["packages"] as YamlMapping;
        var snapshotNodes = root["snapshots"] as YamlMapping;

        foreach (var (key, node) in packageNodes?.Entries ?? [])
        {
            // Git and tarball dependencies are keyed by their URL and carry their own name and version.
            var (name, version) = node["name"]?.AsString() is { Length: > 0 } ownName && node["version"]?.AsString() is { Length: > 0 } ownVersion
                ? (ownName, ownVersion)
                : ParseKey(key, major);
            if (version is null)
            {
                continue; // a local folder or link, or a key that names no registry version
            }

            var (scope, bare) = NpmNames.Split(name);
            var package = contents.Add(PackageEcosystem.Npm, scope, bare, version);
            if (node["resolution"] is YamlMapping resolution)
            {
                foreach (var hash in HashText.FromIntegrity(resolution["integrity"]?.AsString()))
                {
                    package.AddHash(hash);
                }
            }

            if (node["dev"]?.AsString() is "true")
            {
                package.StateScope(DependencyScope.Dev);
            }
            else if (node["optional"]?.AsString() is "true")
            {
                package.StateScope(DependencyScope.Optional);
            }
            else if (node["dev"]?.AsString() is "false")
            {
                package.StateScope(DependencyScope.Required);
            }

            byKey[StripPeers(key.TrimStart('/'), major)] = package;
        }

        // From 9.0 the dependency edges live under snapshots; before, under packages.
        foreach (var (key, node) in (snapshotNodes ?? packageNodes)?.Entries ?? [])
        {
            if (!byKey.TryGetValue(StripPeers(key.TrimStart('/'), major), out var package))
            {
                continue;
            }

            foreach (var (name, version) in Dependencies(node, includeDev: false))
            {
                if (Lookup(byKey, name, version, major) is { } target)
                {
                    package.DependsOn.Add(target.Purl);
                }
            }
        }

        // Importers: "importers" (workspaces, and every project from 9.0) or the top level (single project, 5.x/6.x).
        var importers = root["importers"] is YamlMapping many ? many.Entries.Select(e => e.Value) : [root];
        foreach (var importer in importers)
        {
            foreach (var (section, scope) in new[] { ("dependencies", DependencyScope.Required), ("optionalDependencies", DependencyScope.Optional), ("devDependencies", DependencyScope.Dev) })
            {
                if (importer[section] is not YamlMapping dependencies)
                {
                    continue;
                }

                foreach (var (name, value) in dependencies.Entries)
                {
                    var version = value is YamlMapping detail ? detail["version"]?.AsString() : value.AsString();
                    if (version is not null && Lookup(byKey, name, version, major) is { } target)
                    {
                        contents.AddDirect(target, scope);
                    }
                }
            }
        }
    }

    private static IEnumerable<(string Name, string Version)> Dependencies(YamlNode node, bool includeDev)
    {
        foreach (var section in includeDev ? new[] { "dependencies", "optionalDependencies", "devDependencies" } : ["dependencies", "optionalDependencies"])
        {
            if (node[section] is YamlMapping dependencies)
            {
                foreach (var (name, value) in dependencies.Entries)
                {
                    if (value.AsString() is { Length: > 0 } version)
                    {
                        yield return (name, version);
                    }
                }
            }
        }
    }

    // A dependency's version is either a plain version (maybe with a peer suffix) or, for aliases and
    // non-registry packages, a key of its own ("/other-name/1.0.0", "other-name@1.0.0").
    private static LockedPackage? Lookup(Dictionary<string, LockedPackage> byKey, string name, string version, int major)
    {
        if (version.StartsWith("link:", StringComparison.Ordinal) || version.StartsWith("file:", StringComparison.Ordinal))
        {
            return null;
        }

        var bare = StripPeers(version.TrimStart('/'), major);
        var key = major >= 6 ? $"{name}@{bare}" : $"{name}/{bare}";
        return byKey.GetValueOrDefault(key) ?? byKey.GetValueOrDefault(bare);
    }

    // "name@1.0.0(peer@2.0.0)" → "name@1.0.0"; 5.x: "name/1.0.0_peer@2.0.0" → "name/1.0.0".
    private static string StripPeers(string key, int major)
    {
        var paren = key.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0)
        {
            key = key[..paren];
        }

        var underscore = key.IndexOf('_', Math.Max(0, key.LastIndexOf('/') + 1));
        return major < 6 && underscore > 0 ? key[..underscore] : key;
    }

    private static (string Name, string? Version) ParseKey(string key, int major)
    {
        var trimmed = StripPeers(key.TrimStart('/'), major);
        if (trimmed.Contains(':', StringComparison.Ordinal) && !trimmed.Contains("@npm:", StringComparison.Ordinal))
        {
            return (trimmed, null); // file:, link:, git: and tarball entries have no registry version
        }

        var separator = major >= 6 ? trimmed.IndexOf('@', 1) : trimmed.LastIndexOf('/');
        return separator <= 0 || separator == trimmed.Length - 1
            ? (trimmed, null)
            : (trimmed[..separator], trimmed[(separator + 1)..]);
    }
}
