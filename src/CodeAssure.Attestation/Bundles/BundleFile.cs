namespace CodeAssure.Attestation.Bundles;

/// <summary>One file carried in an attestation bundle.</summary>
public sealed class BundleFile
{
    /// <summary>A file; the path must be a safe relative zip name (see <see cref="AttestationBundle.IsSafeEntryName"/>).</summary>
    public BundleFile(string path, BundleFileRole role, string id, ReadOnlySpan<byte> content)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(id);
        if (!AttestationBundle.IsSafeEntryName(path))
        {
            throw new ArgumentException($"'{path}' is not a safe bundle path", nameof(path));
        }

        Path = path;
        Role = role;
        Id = id;
        Content = content.ToArray();
    }

    /// <summary>The entry's path inside the zip, e.g. <c>evidence/file-0a1b.pdf</c>.</summary>
    public string Path { get; }

    /// <summary>What the file is.</summary>
    public BundleFileRole Role { get; }

    /// <summary>The id it is known by in the predicate (evidence item id or bundle id; empty for SBOM and assessment).</summary>
    public string Id { get; }

    /// <summary>The file's bytes.</summary>
    public ReadOnlyMemory<byte> Content { get; }
}
