namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>A generator engine.</summary>
public sealed record GeneratorEngine
{
    /// <summary>The engine name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The engine version.</summary>
    public string? Version { get; init; }
}
