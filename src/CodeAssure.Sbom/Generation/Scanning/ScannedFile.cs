namespace CodeAssure.Sbom.Generation.Scanning;

/// <summary>A lock file or manifest found in the tree.</summary>
/// <param name="FullPath">Where it is on disk.</param>
/// <param name="RelativePath">Its path below the scanned root, '/'-separated.</param>
internal sealed record ScannedFile(string FullPath, string RelativePath);
