namespace CodeAssure.Sbom.Generation;

/// <summary>One lock file or manifest to read: its text, where it is, and access to the manifests beside it.</summary>
internal sealed class LockFileSource
{
    private readonly Func<string, string?> _readSibling;

    public LockFileSource(string relativePath, string text, Func<string, string?> readSibling)
    {
        RelativePath = relativePath;
        Text = text;
        _readSibling = readSibling;
    }

    /// <summary>The file, relative to the scanned folder, '/'-separated.</summary>
    public string RelativePath { get; }

    public string FileName => RelativePath[(RelativePath.LastIndexOf('/') + 1)..];

    public string Text { get; }

    /// <summary>The text of a file in the same folder (e.g. package.json beside package-lock.json), or null.</summary>
    public string? ReadSibling(string fileName) => _readSibling(fileName);

    /// <summary>The relative path a sibling file would have.</summary>
    public string SiblingPath(string fileName)
    {
        var slash = RelativePath.LastIndexOf('/');
        return slash < 0 ? fileName : RelativePath[..(slash + 1)] + fileName;
    }
}
