namespace CodeAssure.Checks.Ci;

/// <summary>
/// The files of a scanned folder, relative with '/' separators, in ordinal order. Skips version-control internals,
/// dependency and build output folders, and never follows symbolic links to folders (they could lead outside the
/// folder or loop).
/// </summary>
internal static class RepositoryFiles
{
    private const int MaxDepth = 64;

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        ".git", ".hg", ".svn", "node_modules", "bin", "obj", "TestResults", ".vs", ".idea", ".terraform", "__pycache__", ".venv",
    };

    public static IReadOnlyList<string> List(string root, int maxFiles)
    {
        var files = new List<string>();
        var pending = new Stack<(DirectoryInfo Folder, string Relative, int Depth)>();
        pending.Push((new DirectoryInfo(root), "", 0));
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false };
        while (pending.Count > 0 && files.Count < maxFiles)
        {
            var (folder, relative, depth) = pending.Pop();
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = folder.EnumerateFileSystemInfos("*", options).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                if (entry is DirectoryInfo sub)
                {
                    if (depth < MaxDepth && sub.LinkTarget is null && !SkippedFolders.Contains(sub.Name))
                    {
                        pending.Push((sub, path, depth + 1));
                    }
                }
                else if (entry.LinkTarget is null && files.Count < maxFiles)
                {
                    files.Add(path);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>The full path of a relative path, or null when it would leave the root (".." or an absolute path).</summary>
    public static string? Resolve(string root, string relative)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var full = Path.GetFullPath(Path.Combine(fullRoot, relative.TrimStart('/')));
        return full.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}
