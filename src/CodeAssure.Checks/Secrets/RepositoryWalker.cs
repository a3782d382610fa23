namespace CodeAssure.Checks.Secrets;

/// <summary>
/// Lists the files of a folder a scan should read: never entering excluded folders (.git, node_modules …), what
/// .gitignore excludes, or symbolic links to folders; recording what it had to skip and why. Not thread-safe: one
/// enumeration at a time (Parallel.ForEachAsync enumerates its source under a lock).
/// </summary>
internal sealed class RepositoryWalker
{
    private readonly string _root;
    private readonly SecretScanOptions _options;
    private readonly List<SkippedFile> _skipped = [];
    private readonly IReadOnlyList<string> _exclude;

    /// <param name="root">The folder to walk.</param>
    /// <param name="options">Which folders to skip and whether .gitignore is honoured.</param>
    /// <param name="exclude">Extra patterns (gitignore syntax, relative to the root) to leave out, e.g. from .codeassureignore.</param>
    public RepositoryWalker(string root, SecretScanOptions options, IReadOnlyList<string>? exclude = null)
    {
        _root = root;
        _options = options;
        _exclude = exclude ?? [];
    }

    public IReadOnlyList<SkippedFile> Skipped => _skipped;

    /// <summary>Every file to scan: its full path and its path relative to the root with '/' separators.</summary>
    public IEnumerable<(string FullPath, string RelativePath)> Files()
    {
        var rootRules = GitIgnoreRules.None.With("", _exclude);
        if (_options.RespectGitIgnore)
        {
            rootRules = rootRules.With("", ReadLines(Path.Combine(_root, ".git", "info", "exclude")));
        }

        var pending = new Stack<(DirectoryInfo Folder, string Relative, GitIgnoreRules Rules)>();
        pending.Push((new DirectoryInfo(_root), "", rootRules));
        while (pending.Count > 0)
        {
            var (folder, relative, rules) = pending.Pop();
            if (_options.RespectGitIgnore)
            {
                rules = rules.With(relative, ReadLines(Path.Combine(folder.FullName, ".gitignore")));
            }

            List<FileSystemInfo> entries;
            try
            {
                entries = [.. folder.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false })];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                _skipped.Add(new SkippedFile(relative.Length == 0 ? "." : relative + "/", $"folder not readable: {e.Message}"));
                continue;
            }

            entries.Sort((a, b) => string.CompareOrdinal(b.Name, a.Name)); // popped in name order
            var files = new List<(string, string)>();
            foreach (var entry in entries)
            {
                var path = relative.Length == 0 ? entry.Name : $"{relative}/{entry.Name}";
                var isFolder = entry is DirectoryInfo;
                // The attributes come with the enumeration; LinkTarget costs a readlink call, so it is asked of links only.
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0 && entry.LinkTarget is not null)
                {
                    var target = Resolve(entry, path);
                    if (target is null)
                    {
                        continue;
                    }

                    if (target is DirectoryInfo)
                    {
                        // Never followed: a link can point outside the repository or back up into it (a loop).
                        _skipped.Add(new SkippedFile(path, "symbolic link to a folder (not followed)"));
                        continue;
                    }
                }

                if (isFolder)
                {
                    if (!_options.ExcludedFolders.Contains(entry.Name) && !rules.IsIgnored(path, isDirectory: true))
                    {
                        pending.Push(((DirectoryInfo)entry, path, rules));
                    }
                }
                else if (!rules.IsIgnored(path, isDirectory: false))
                {
                    files.Add((entry.FullName, path));
                }
            }

            for (var i = files.Count - 1; i >= 0; i--)
            {
                yield return files[i];
            }
        }
    }

    private FileSystemInfo? Resolve(FileSystemInfo link, string path)
    {
        try
        {
            var target = link.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists)
            {
                _skipped.Add(new SkippedFile(path, "broken symbolic link"));
                return null;
            }

            return target;
        }
        catch (IOException)
        {
            _skipped.Add(new SkippedFile(path, "symbolic link loop"));
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            _skipped.Add(new SkippedFile(path, $"symbolic link not readable: {e.Message}"));
            return null;
        }
    }

    private static string[] ReadLines(string file)
    {
        try
        {
            return File.Exists(file) ? File.ReadAllLines(file) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
