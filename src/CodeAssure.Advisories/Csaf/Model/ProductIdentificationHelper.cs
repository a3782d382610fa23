namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>Identifiers of a product in asset databases.</summary>
public sealed record ProductIdentificationHelper
{
    /// <summary>A CPE 2.3 name.</summary>
    public string? Cpe { get; init; }

    /// <summary>File hashes.</summary>
    public IReadOnlyList<CryptographicHashes>? Hashes { get; init; }

    /// <summary>Model numbers.</summary>
    public IReadOnlyList<string>? ModelNumbers { get; init; }

    /// <summary>A package URL.</summary>
    public string? Purl { get; init; }

    /// <summary>SBOM locations.</summary>
    public IReadOnlyList<Uri>? SbomUrls { get; init; }

    /// <summary>Serial numbers.</summary>
    public IReadOnlyList<string>? SerialNumbers { get; init; }

    /// <summary>Stock keeping units.</summary>
    public IReadOnlyList<string>? Skus { get; init; }

    /// <summary>Other identifiers as URIs.</summary>
    public IReadOnlyList<GenericUri>? XGenericUris { get; init; }
}
