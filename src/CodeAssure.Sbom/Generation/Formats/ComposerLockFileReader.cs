using System.Text.Json;
using CodeAssure.Sbom.Generation.Model;

namespace CodeAssure.Sbom.Generation.Formats;

/// <summary>
/// Composer's <c>composer.lock</c>: <c>packages</c> (required) and <c>packages-dev</c> (dev), each with name
/// (<c>vendor/package</c>), version, <c>dist.shasum</c> (SHA-1 of the archive, often empty) and <c>require</c>.
/// Platform requirements (php, ext-*, lib-*, composer-*) are not packages. Direct dependencies come from the
/// composer.json beside it.
/// </summary>
internal sealed class ComposerLockFileReader : ILockFileReader
{
    public bool Handles(string fileName) => fileName.Equals("composer.lock", StringComparison.Ordinal);

    public void Read(LockFileSource source, LockFileContents contents)
    {
        using var document = JsonFields.Parse(source.Text);
        var root = JsonFields.RootObject(document, "composer.lock");
        if (!root.TryGetProperty("packages", out _))
        {
            throw new LockFileException(1, "no 'packages' array: not a composer.lock");
        }

        var byName = new Dictionary<string, LockedPackage>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<(LockedPackage Package, JsonElement Entry)>();
        foreach (var (section, scope) in new[] { ("packages", DependencyScope.Required), ("packages-dev", DependencyScope.Dev) })
        {
            foreach (var entry in JsonFields.Items(root, section))
            {
                var fullName = JsonFields.String(entry, "name");
                var version = JsonFields.String(entry, "version");
                var slash = fullName?.IndexOf('/', StringComparison.Ordinal) ?? -1;
                if (fullName is null || version is null || slash <= 0 || slash == fullName.Length - 1)
                {
                    throw new LockFileException(JsonFields.LineOf(source.Text, fullName ?? section), $"a '{section}' entry lacks a 'vendor/name' name or a version");
                }

                var package = contents.Add(PackageEcosystem.Composer, fullName[..slash], fullName[(slash + 1)..], version);
                if (entry.TryGetProperty("dist", out var dist))
                {
                    package.AddHash(HashText.FromHex("SHA-1", JsonFields.String(dist, "shasum")));
                }

                package.StateScope(scope);
                byName[fullName] = package;
                entries.Add((package, entry));
            }
        }

        foreach (var (package, entry) in entries)
        {
            foreach (var requirement in JsonFields.Members(entry, "require"))
            {
                if (byName.TryGetValue(requirement.Name, out var target))
                {
                    package.DependsOn.Add(target.Purl);
                }
            }
        }

        var manifest = source.ReadSibling("composer.json");
        if (manifest is null)
        {
            contents.DirectKnown = false;
            return;
        }

        JsonDocument declared;
        try
        {
            declared = JsonFields.Parse(manifest);
        }
        catch (LockFileException e)
        {
            contents.DirectKnown = false;
            contents.Warn(0, $"composer.json beside it is not readable (line {e.Line}: {e.Message}); direct dependencies unknown");
            return;
        }

        using var declaredDocument = declared;
        foreach (var (section, scope) in new[] { ("require", DependencyScope.Required), ("require-dev", DependencyScope.Dev) })
        {
            foreach (var requirement in JsonFields.Members(declared.RootElement, section))
            {
                if (byName.TryGetValue(requirement.Name, out var target))
                {
                    contents.AddDirect(target, scope);
                }
            }
        }
    }
}
