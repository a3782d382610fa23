namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>The hashes of one file.</summary>
public sealed record CryptographicHashes
{
    /// <summary>The hashes.</summary>
    public IReadOnlyList<FileHash> FileHashes { get; init; } = [];

    /// <summary>The file name.</summary>
    public string Filename { get; init; } = "";
}
