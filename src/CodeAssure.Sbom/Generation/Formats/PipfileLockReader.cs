using CodeAssure.Sbom.Generation.Model;
using CodeAssure.Sbom.Generation.Text;

namespace CodeAssure.Sbom.Generation.Formats;

/// <summary>
/// Pipenv's <c>Pipfile.lock</c> (JSON): <c>default</c> (required) and <c>develop</c> (dev) sections mapping each
/// name to <c>version: "==1.2.3"</c> and its file hashes. The lock has no edges; direct dependencies come from the
/// Pipfile beside it (<c>[packages]</c>, <c>[dev-packages]</c>), otherwise the relation is unknown.
/// </summary>
internal sealed class PipfileLockReader : ILockFileReader
{
    public bool Handles(string fileName) => fileName.Equals("Pipfile.lock", StringComparison.OrdinalIgnoreCase);

    public void Read(LockFileSource source, LockFileContents contents)
    {
        using var document = JsonFields.Parse(source.Text);
        var root = JsonFields.RootObject(document, "Pipfile.lock");
        if (!root.TryGetProperty("default", out _) && !root.TryGetProperty("develop", out _))
        {
            throw new LockFileException(1, "no 'default' or 'develop' section: not a Pipfile.lock");
        }

        var byName = new Dictionary<string, LockedPackage>(StringComparer.Ordinal);
        foreach (var (section, scope) in new[] { ("default", DependencyScope.Required), ("develop", DependencyScope.Dev) })
        {
            foreach (var entry in JsonFields.Members(root, section))
            {
                var version = JsonFields.String(entry.Value, "version");
                if (version is null || !version.StartsWith("==", StringComparison.Ordinal))
                {
                    continue; // VCS and path installs carry no pinned version
                }

                var package = contents.Add(PackageEcosystem.PyPI, null, entry.Name, version.TrimStart('=').Trim());
                PythonNames.RecordHashes(package, JsonFields.Items(entry.Value, "hashes").Where(h => h.ValueKind == System.Text.Json.JsonValueKind.String).Select(h => h.GetString()!), null);
                package.StateScope(scope);
                byName[PurlText.NormalisePythonName(entry.Name)] = package;
            }
        }

        var pipfile = source.ReadSibling("Pipfile");
        TomlTable? manifest = null;
        try
        {
            manifest = pipfile is null ? null : TomlSubsetReader.Read(pipfile);
        }
        catch (LockFileException e)
        {
            contents.Warn(0, $"the Pipfile beside it could not be read (line {e.Line}: {e.Message}); direct dependencies unknown");
        }

        if (manifest is null)
        {
            contents.DirectKnown = false;
            return;
        }

        foreach (var (section, scope) in new[] { ("packages", DependencyScope.Required), ("dev-packages", DependencyScope.Dev) })
        {
            foreach (var (name, _) in manifest.Table(section)?.Entries ?? [])
            {
                if (byName.TryGetValue(PurlText.NormalisePythonName(name), out var package))
                {
                    contents.AddDirect(package, scope);
                }
            }
        }
    }
}
