namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>Identity, version, status and history of the document.</summary>
public sealed record Tracking
{
    /// <summary>Other ids of the document.</summary>
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary>When the current version was released.</summary>
    public DateTimeOffset CurrentReleaseDate { get; init; }

    /// <summary>What produced the document.</summary>
    public Generator? Generator { get; init; }

    /// <summary>The document id, unique for the publisher.</summary>
    public string Id { get; init; } = "";

    /// <summary>When the first version was released.</summary>
    public DateTimeOffset InitialReleaseDate { get; init; }

    /// <summary>Every version of the document.</summary>
    public IReadOnlyList<Revision> RevisionHistory { get; init; } = [];

    /// <summary>draft, final or interim.</summary>
    public string Status { get; init; } = "";

    /// <summary>The version of this document.</summary>
    public DocumentVersion? Version { get; init; }
}
