namespace CodeAssure.Checks.Ci.Owners;

/// <summary>A group of CODEOWNERS rules where the last match wins: the whole file on GitHub, one [Section] on GitLab.</summary>
internal sealed class CodeOwnersSection(string name, IReadOnlyList<string> defaultOwners)
{
    /// <summary>The section's name ("" for the rules before any section header).</summary>
    public string Name { get; } = name;

    /// <summary>GitLab's owners written on the section header, used by rules that name none.</summary>
    public IReadOnlyList<string> DefaultOwners { get; } = defaultOwners;

    /// <summary>The rules in file order.</summary>
    public List<CodeOwnersRule> Rules { get; } = [];

    /// <summary>The owners of a path in this section: those of the last rule that covers it, or null when none does.</summary>
    public IReadOnlyList<string>? OwnersOf(string relativePath)
    {
        for (var i = Rules.Count - 1; i >= 0; i--)
        {
            if (Rules[i].Covers(relativePath))
            {
                return Rules[i].Owners.Count > 0 || Name.Length == 0 ? Rules[i].Owners : DefaultOwners;
            }
        }

        return null;
    }
}
