namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>One item of the revision history.</summary>
public sealed record Revision
{
    /// <summary>When this revision was made.</summary>
    public DateTimeOffset Date { get; init; }

    /// <summary>The version in a former scheme.</summary>
    public string? LegacyVersion { get; init; }

    /// <summary>The version of this revision.</summary>
    public DocumentVersion? Number { get; init; }

    /// <summary>What changed.</summary>
    public string Summary { get; init; } = "";
}
