using CodeAssure.Sbom.Generation.Model;
using CodeAssure.Sbom.Generation.Text;

namespace CodeAssure.Sbom.Generation.Formats;

/// <summary>
/// Rust's <c>Cargo.lock</c> (TOML): <c>[[package]]</c> tables with name, version, source, checksum (SHA-256 of the
/// .crate file) and dependencies written as <c>name</c>, <c>name version</c> or <c>name version (source)</c>.
/// Packages without a source are the workspace's own crates: they are not listed, and their dependencies are
/// direct. Cargo.lock does not separate dev-dependencies, so every crate is scoped required. Version 1 locks keep
/// checksums in <c>[metadata]</c>.
/// </summary>
internal sealed class CargoLockFileReader : ILockFileReader
{
    public bool Handles(string fileName) => fileName.Equals("Cargo.lock", StringComparison.Ordinal);

    public void Read(LockFileSource source, LockFileContents contents)
    {
        var root = TomlSubsetReader.Read(source.Text);
        var tables = root.Tables("package").ToList();
        if (tables.Count == 0)
        {
            throw new LockFileException(1, "no [[package]] tables: not a Cargo.lock");
        }

        var metadata = root.Table("metadata");
        var entries = new List<(string Name, string Version, string? Source, TomlTable Table, LockedPackage? Package)>();
        foreach (var table in tables)
        {
            var name = table.String("name") ?? throw new LockFileException(table.Line, "[[package]] has no name");
            var version = table.String("version") ?? throw new LockFileException(table.Line, $"package '{name}' has no version");
            var origin = table.String("source");
            LockedPackage? package = null;
            if (origin is not null)
            {
                package = contents.Add(PackageEcosystem.Cargo, null, name, version);
                var checksum = table.String("checksum") ?? metadata?.String($"checksum {name} {version} ({origin})");
                package.AddHash(HashText.FromHex("SHA-256", checksum));
            }

            entries.Add((name, version, origin, table, package));
        }

        var byName = entries.ToLookup(e => e.Name, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var dependency in entry.Table.Array("dependencies").OfType<string>())
            {
                var target = Resolve(byName, dependency, entry.Table.Line);
                if (target is null)
                {
                    continue;
                }

                if (entry.Package is null)
                {
                    contents.AddDirect(target, DependencyScope.Required);
                }
                else
                {
                    entry.Package.DependsOn.Add(target.Purl);
                }
            }
        }

        if (entries.All(e => e.Package is not null))
        {
            contents.DirectKnown = false;
        }
    }

    private static LockedPackage? Resolve(ILookup<string, (string Name, string Version, string? Source, TomlTable Table, LockedPackage? Package)> byName, string dependency, int line)
    {
        var parts = dependency.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            throw new LockFileException(line, "empty dependency");
        }

        var candidates = byName[parts[0]].Where(e => (parts.Length < 2 || e.Version == parts[1])
            && (parts.Length < 3 || "(" + e.Source + ")" == parts[2])).ToList();
        return candidates.Count >= 1 ? candidates[0].Package : null;
    }
}
