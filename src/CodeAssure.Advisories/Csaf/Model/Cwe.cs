namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>A CWE weakness.</summary>
public sealed record Cwe
{
    /// <summary>The id, e.g. CWE-79.</summary>
    public string Id { get; init; } = "";

    /// <summary>The weakness name.</summary>
    public string Name { get; init; } = "";
}
