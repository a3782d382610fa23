namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>The tool that produced the document.</summary>
public sealed record Generator
{
    /// <summary>When it was produced.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>The engine.</summary>
    public GeneratorEngine? Engine { get; init; }
}
