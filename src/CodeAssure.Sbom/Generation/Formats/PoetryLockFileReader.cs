using CodeAssure.Sbom.Generation.Model;
using CodeAssure.Sbom.Generation.Text;

namespace CodeAssure.Sbom.Generation.Formats;

/// <summary>
/// Poetry's <c>poetry.lock</c> (TOML): <c>[[package]]</c> tables with name, version, <c>category</c> (Poetry 1.x)
/// or <c>groups</c> (2.x), <c>optional</c>, <c>files</c> with hashes (or <c>[metadata.files]</c> in older
/// locks) and <c>[package.dependencies]</c>. Direct dependencies come from the pyproject.toml beside it.
/// </summary>
internal sealed class PoetryLockFileReader : ILockFileReader
{
    public bool Handles(string fileName) => fileName.Equals("poetry.lock", StringComparison.OrdinalIgnoreCase);

    public void Read(LockFileSource source, LockFileContents contents)
    {
        var root = TomlSubsetReader.Read(source.Text);
        var packages = root.Tables("package").ToList();
        if (packages.Count == 0 && root.Table("metadata") is null)
        {
            throw new LockFileException(1, "no [[package]] tables or [metadata]: not a poetry.lock");
        }

        var oldFiles = root.Table("metadata")?.Table("files");
        var byName = new Dictionary<string, LockedPackage>(StringComparer.Ordinal);
        var dependencies = new List<(LockedPackage Package, TomlTable Table)>();
        foreach (var table in packages)
        {
            var name = table.String("name") ?? throw new LockFileException(table.Line, "[[package]] has no name");
            var version = table.String("version") ?? throw new LockFileException(table.Line, $"package '{name}' has no version");
            var package = contents.Add(PackageEcosystem.PyPI, null, name, version);
            var files = table.Tables("files").ToList();
            if (files.Count == 0 && oldFiles is not null)
            {
                files = [.. oldFiles.Tables(name)];
            }

            var sdist = files.FirstOrDefault(f => IsSdist(f.String("file")))?.String("hash");
            PythonNames.RecordHashes(package, files.Select(f => f.String("hash") ?? ""), sdist);
            var groups = table.Array("groups").OfType<string>().ToList();
            var category = table.String("category");
            if (table.Bool("optional"))
            {
                package.StateScope(DependencyScope.Optional);
            }
            else if (groups.Count > 0)
            {
                package.StateScope(groups.Contains("main") ? DependencyScope.Required : DependencyScope.Dev);
            }
            else if (category is not null)
            {
                package.StateScope(category == "dev" ? DependencyScope.Dev : DependencyScope.Required);
            }

            byName[PurlText.NormalisePythonName(name)] = package;
            if (table.Table("dependencies") is { } deps)
            {
                dependencies.Add((package, deps));
            }
        }

        foreach (var (package, deps) in dependencies)
        {
            foreach (var (name, _) in deps.Entries)
            {
                if (byName.TryGetValue(PurlText.NormalisePythonName(name), out var target))
                {
                    package.DependsOn.Add(target.Purl);
                }
            }
        }

        var declared = PythonNames.FromPyProject(source.ReadSibling("pyproject.toml"));
        if (declared is null)
        {
            contents.DirectKnown = false;
            return;
        }

        foreach (var (name, scope) in declared)
        {
            if (byName.TryGetValue(name, out var package))
            {
                contents.AddDirect(package, scope);
            }
        }
    }

    internal static bool IsSdist(string? fileName) =>
        fileName is not null && (fileName.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".tar.bz2", StringComparison.OrdinalIgnoreCase));
}
