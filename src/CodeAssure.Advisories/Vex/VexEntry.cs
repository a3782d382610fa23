namespace CodeAssure.Advisories.Vex;

/// <summary>One vulnerability's state in one release, as a VEX statement says it.</summary>
public sealed record VexEntry
{
    /// <summary>The vulnerability's id (CVE, GHSA, OSV …).</summary>
    public required string VulnerabilityId { get; init; }

    /// <summary>Other ids of the same vulnerability.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>What the vulnerability is.</summary>
    public string? Description { get; init; }

    /// <summary>A CVSS vector, when scored.</summary>
    public string? CvssVector { get; init; }

    /// <summary>CWE ids (<c>CWE-79</c> …).</summary>
    public IReadOnlyList<string> Cwes { get; init; } = [];

    /// <summary>The state, justification, statement, fixed version and component.</summary>
    public required ProductVulnerabilityState State { get; init; }
}
