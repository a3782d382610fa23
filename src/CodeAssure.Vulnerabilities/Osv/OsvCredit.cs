namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>A person or organisation credited in the record.</summary>
public sealed class OsvCredit
{
    /// <summary>Who is credited.</summary>
    public required string Name { get; init; }

    /// <summary>How to reach them (URLs, e-mail addresses …).</summary>
    public IReadOnlyList<string> Contact { get; init; } = [];

    /// <summary>Their role (FINDER, REPORTER, ANALYST …), if given.</summary>
    public string? Type { get; init; }
}
