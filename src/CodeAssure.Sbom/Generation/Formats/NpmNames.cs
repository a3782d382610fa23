namespace CodeAssure.Sbom.Generation.Formats;

/// <summary>Splits npm package names and <c>name@range</c> specifiers, minding scopes (<c>@scope/name</c>).</summary>
internal static class NpmNames
{
    /// <summary>(<c>@scope</c> or null, bare name).</summary>
    public static (string? Scope, string Name) Split(string fullName)
    {
        if (fullName.StartsWith('@'))
        {
            var slash = fullName.IndexOf('/', StringComparison.Ordinal);
            if (slash > 1 && slash < fullName.Length - 1)
            {
                return (fullName[..slash], fullName[(slash + 1)..]);
            }
        }

        return (null, fullName);
    }

    /// <summary>The package name of <c>name@range</c> (the '@' of a scope is not a separator).</summary>
    public static string NameOfSpecifier(string specifier)
    {
        var at = specifier.IndexOf('@', 1);
        return at > 0 ? specifier[..at] : specifier;
    }

    /// <summary>The range part of <c>name@range</c>, or empty.</summary>
    public static string RangeOfSpecifier(string specifier)
    {
        var at = specifier.IndexOf('@', 1);
        return at > 0 ? specifier[(at + 1)..] : "";
    }

    /// <summary>Reads dependency names from the package.json beside a lock file, with the scope each section implies.</summary>
    public static Dictionary<string, Model.DependencyScope>? ManifestDependencies(string? packageJson)
    {
        if (packageJson is null)
        {
            return null;
        }

        try
        {
            using var document = JsonFields.Parse(packageJson);
            var result = new Dictionary<string, Model.DependencyScope>(StringComparer.Ordinal);
            void Add(string section, Model.DependencyScope scope)
            {
                foreach (var member in JsonFields.Members(document.RootElement, section))
                {
                    result[member.Name] = result.TryGetValue(member.Name, out var current) && current < scope ? current : scope;
                }
            }

            Add("devDependencies", Model.DependencyScope.Dev);
            Add("optionalDependencies", Model.DependencyScope.Optional);
            Add("dependencies", Model.DependencyScope.Required);
            Add("peerDependencies", Model.DependencyScope.Required);
            return result;
        }
        catch (LockFileException)
        {
            return null;
        }
    }
}
