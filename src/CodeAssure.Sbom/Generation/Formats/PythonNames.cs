using CodeAssure.Sbom.Generation.Model;
using CodeAssure.Sbom.Generation.Text;

namespace CodeAssure.Sbom.Generation.Formats;

/// <summary>Python requirement strings and the manifests (pyproject.toml, Pipfile) that declare direct dependencies.</summary>
internal static class PythonNames
{
    /// <summary>The distribution name at the start of a PEP 508 requirement (<c>requests[socks]&gt;=2; python_version…</c>).</summary>
    public static string RequirementName(string requirement)
    {
        var end = 0;
        while (end < requirement.Length && (char.IsAsciiLetterOrDigit(requirement[end]) || requirement[end] is '-' or '_' or '.'))
        {
            end++;
        }

        return requirement[..end];
    }

    /// <summary>
    /// Direct dependencies (normalised name → scope) declared by a pyproject.toml: PEP 621 <c>[project]</c>
    /// dependencies, optional-dependencies and PEP 735 dependency-groups, and Poetry's own tables. Null when absent.
    /// </summary>
    public static Dictionary<string, DependencyScope>? FromPyProject(string? text)
    {
        if (text is null)
        {
            return null;
        }

        TomlTable root;
        try
        {
            root = TomlSubsetReader.Read(text);
        }
        catch (LockFileException)
        {
            return null;
        }

        var result = new Dictionary<string, DependencyScope>(StringComparer.Ordinal);
        void Add(string name, DependencyScope scope)
        {
            var key = PurlText.NormalisePythonName(name);
            if (key.Length > 0 && key != "python")
            {
                result[key] = result.TryGetValue(key, out var current) && current < scope ? current : scope;
            }
        }

        if (root.Table("project") is { } project)
        {
            foreach (var requirement in project.Array("dependencies").OfType<string>())
            {
                Add(RequirementName(requirement), DependencyScope.Required);
            }

            foreach (var (_, extra) in project.Table("optional-dependencies")?.Entries ?? [])
            {
                foreach (var requirement in (extra as List<object> ?? []).OfType<string>())
                {
                    Add(RequirementName(requirement), DependencyScope.Optional);
                }
            }
        }

        foreach (var (_, group) in root.Table("dependency-groups")?.Entries ?? [])
        {
            foreach (var requirement in (group as List<object> ?? []).OfType<string>())
            {
                Add(RequirementName(requirement), DependencyScope.Dev);
            }
        }

        if (root.Table("tool")?.Table("poetry") is { } poetry)
        {
            foreach (var (name, spec) in poetry.Table("dependencies")?.Entries ?? [])
            {
                Add(name, spec is TomlTable t && t.Bool("optional") ? DependencyScope.Optional : DependencyScope.Required);
            }

            foreach (var (name, _) in poetry.Table("dev-dependencies")?.Entries ?? [])
            {
                Add(name, DependencyScope.Dev);
            }

            foreach (var (groupName, group) in poetry.Table("group")?.Entries ?? [])
            {
                foreach (var (name, _) in (group as TomlTable)?.Table("dependencies")?.Entries ?? [])
                {
                    Add(name, groupName == "main" ? DependencyScope.Required : DependencyScope.Dev);
                }
            }
        }

        if (root.Table("tool")?.Table("uv") is { } uv)
        {
            foreach (var requirement in uv.Array("dev-dependencies").OfType<string>())
            {
                Add(RequirementName(requirement), DependencyScope.Dev);
            }
        }

        return result.Count > 0 ? result : null;
    }

    /// <summary>
    /// Records a Python package's distribution hashes. A lock lists one hash per file (sdist and each wheel), so
    /// every one is kept as a <c>codeassure:distribution-hash</c> property; the component hash is the sdist's when
    /// it is known, or the only hash when there is just one.
    /// </summary>
    public static void RecordHashes(LockedPackage package, IEnumerable<string> hashes, string? sdistHash)
    {
        var all = hashes.Where(h => !string.IsNullOrWhiteSpace(h)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var hash in all)
        {
            package.Properties.Add(new PackageProperty("codeassure:distribution-hash", hash));
        }

        package.AddHash(HashText.FromPrefixedHex(sdistHash ?? (all.Count == 1 ? all[0] : null)));
    }
}
