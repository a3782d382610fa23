namespace CodeAssure.Advisories.Vex;

/// <summary>What a VEX document for one release says: who says it, about which release, and the statements.</summary>
public sealed record ReleaseVexContent
{
    /// <summary>The author: the organisation's name.</summary>
    public required string Author { get; init; }

    /// <summary>The product's name.</summary>
    public required string ProductName { get; init; }

    /// <summary>The release's version.</summary>
    public required string Version { get; init; }

    /// <summary>The identifier of the release in statements: a package URL (e.g. <c>pkg:generic/acme/widget@1.0</c>).</summary>
    public required string ProductId { get; init; }

    /// <summary>The document's IRI (OpenVEX <c>@id</c>).</summary>
    public required Uri DocumentId { get; init; }

    /// <summary>The CycloneDX serial number.</summary>
    public Guid SerialNumber { get; init; }

    /// <summary>When the document was written.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The document version.</summary>
    public int DocumentVersion { get; init; } = 1;

    /// <summary>The statements.</summary>
    public IReadOnlyList<VexEntry> Entries { get; init; } = [];
}
