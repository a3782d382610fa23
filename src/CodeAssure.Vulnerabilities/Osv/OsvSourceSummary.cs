namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>What one source contributed to an import.</summary>
public sealed record OsvSourceSummary
{
    /// <summary>The folder, file or URL.</summary>
    public required string Location { get; init; }

    /// <summary><c>folder</c>, <c>zip</c>, <c>file</c> or <c>url</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Whether it was read, unchanged, or failed.</summary>
    public required OsvSourceStatus Status { get; init; }

    /// <summary>Why it failed, when it did.</summary>
    public string? Error { get; init; }

    /// <summary>Records read and parsed.</summary>
    public int Read { get; init; }

    /// <summary>Records new to the index.</summary>
    public int Added { get; init; }

    /// <summary>Records that replaced an older copy (older <c>modified</c>, or same <c>modified</c> and different content).</summary>
    public int Replaced { get; init; }

    /// <summary>Records identical to the copy already indexed.</summary>
    public int Unchanged { get; init; }

    /// <summary>Records older than the copy already indexed (the newer copy is kept).</summary>
    public int Outdated { get; init; }

    /// <summary>Records skipped as malformed or unsafe.</summary>
    public int Skipped { get; init; }

    /// <summary>The HTTP entity tag of the download, for URLs.</summary>
    public string? ETag { get; init; }

    /// <summary>The HTTP Last-Modified of the download, for URLs.</summary>
    public string? LastModified { get; init; }
}
