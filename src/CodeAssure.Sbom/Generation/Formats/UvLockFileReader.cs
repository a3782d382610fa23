using CodeAssure.Sbom.Generation.Model;
using CodeAssure.Sbom.Generation.Text;

namespace CodeAssure.Sbom.Generation.Formats;

/// <summary>
/// uv's <c>uv.lock</c> (TOML): <c>[[package]]</c> tables with name, version, <c>source</c>, <c>dependencies</c>,
/// <c>optional-dependencies</c>, <c>dev-dependencies</c>, <c>sdist</c> and <c>wheels</c> hashes. Packages whose
/// source is <c>editable</c> or <c>virtual</c> are the project and its workspace members: their dependencies are
/// the direct ones (optional-dependencies optional, dev-dependencies dev).
/// </summary>
internal sealed class UvLockFileReader : ILockFileReader
{
    public bool Handles(string fileName) => fileName.Equals("uv.lock", StringComparison.OrdinalIgnoreCase);

    public void Read(LockFileSource source, LockFileContents contents)
    {
        var root = TomlSubsetReader.Read(source.Text);
        var tables = root.Tables("package").ToList();
        if (tables.Count == 0 && root.TryGet("version", out _) is false)
        {
            throw new LockFileException(1, "no [[package]] tables or version: not a uv.lock");
        }

        var byName = new Dictionary<string, List<LockedPackage>>(StringComparer.Ordinal);
        var members = new List<TomlTable>();
        var resolved = new List<(LockedPackage Package, TomlTable Table)>();
        foreach (var table in tables)
        {
            var name = table.String("name") ?? throw new LockFileException(table.Line, "[[package]] has no name");
            var sourceTable = table.Table("source");
            if (sourceTable is not null && (sourceTable.TryGet("editable", out _) || sourceTable.TryGet("virtual", out _)))
            {
                members.Add(table);
                continue;
            }

            var version = table.String("version");
            if (version is null)
            {
                continue; // dynamic versions of local packages
            }

            var package = contents.Add(PackageEcosystem.PyPI, null, name, version);
            var sdist = table.Table("sdist")?.String("hash");
            PythonNames.RecordHashes(package, table.Tables("wheels").Select(w => w.String("hash") ?? "").Prepend(sdist ?? ""), sdist);
            var key = PurlText.NormalisePythonName(name);
            if (!byName.TryGetValue(key, out var list))
            {
                byName[key] = list = [];
            }

            list.Add(package);
            resolved.Add((package, table));
        }

        foreach (var (package, table) in resolved)
        {
            foreach (var target in Dependencies(table, byName).SelectMany(d => d.Targets))
            {
                package.DependsOn.Add(target.Purl);
            }
        }

        if (members.Count == 0)
        {
            contents.DirectKnown = false;
        }

        foreach (var member in members)
        {
            foreach (var (scope, targets) in Dependencies(member, byName))
            {
                foreach (var target in targets)
                {
                    contents.AddDirect(target, scope);
                }
            }
        }
    }

    private static IEnumerable<(DependencyScope Scope, IEnumerable<LockedPackage> Targets)> Dependencies(TomlTable table, Dictionary<string, List<LockedPackage>> byName)
    {
        yield return (DependencyScope.Required, Resolve(table.Tables("dependencies"), byName));
        foreach (var (_, extra) in table.Table("optional-dependencies")?.Entries ?? [])
        {
            yield return (DependencyScope.Optional, Resolve((extra as List<object> ?? []).OfType<TomlTable>(), byName));
        }

        foreach (var (_, group) in table.Table("dev-dependencies")?.Entries ?? [])
        {
            yield return (DependencyScope.Dev, Resolve((group as List<object> ?? []).OfType<TomlTable>(), byName));
        }
    }

    // A dependency names a package, and a version only when several versions of it are locked.
    private static IEnumerable<LockedPackage> Resolve(IEnumerable<TomlTable> dependencies, Dictionary<string, List<LockedPackage>> byName)
    {
        foreach (var dependency in dependencies)
        {
            if (dependency.String("name") is not { } name || !byName.TryGetValue(PurlText.NormalisePythonName(name), out var candidates))
            {
                continue;
            }

            var version = dependency.String("version");
            var match = version is null ? candidates[0] : candidates.FirstOrDefault(c => c.Version == version);
            if (match is not null)
            {
                yield return match;
            }
        }
    }
}
