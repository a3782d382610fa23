namespace CodeAssure.Sbom.Generation.Scanning;

/// <summary>
/// Walks a folder tree for lock files and manifests. Skips node_modules, bin, obj and version-control folders, and
/// whatever the .gitignore files exclude. Symbolic links to folders are never followed (so no loops, and nothing
/// outside the tree); a symbolic link to a file is read only when its final target is inside the tree. The one
/// thing read from an obj folder is NuGet's project.assets.json, for a project that has no packages.lock.json.
/// </summary>
internal sealed class LockFileFinder(Func<string, bool> isWanted, Action<string, string> warn, IReadOnlyList<string>? exclude = null)
{
    private const int MaxDepth = 100;

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "node_modules", "bin", "obj", ".git", ".hg", ".svn",
    };

    private static readonly string[] ProjectExtensions = [".csproj", ".fsproj", ".vbproj"];

    public List<ScannedFile> Find(string root)
    {
        var realRoot = RealPath(root) ?? throw new IOException($"'{root}' is a loop of symbolic links");
        var found = new List<ScannedFile>();
        var pending = new Stack<(DirectoryInfo Folder, string Relative, GitIgnoreRules Rules, int Depth)>();
        pending.Push((new DirectoryInfo(realRoot), "", GitIgnoreRules.Empty.For("", exclude is { Count: > 0 } ? string.Join('\n', exclude) : null), 0));
        while (pending.Count > 0)
        {
            var (folder, relative, inherited, depth) = pending.Pop();
            FileSystemInfo[] entries;
            try
            {
                entries = folder.GetFileSystemInfos();
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                warn(relative.Length == 0 ? "." : relative, $"folder not readable: {e.Message}");
                continue;
            }

            var gitIgnore = entries.OfType<FileInfo>().FirstOrDefault(f => f.Name == ".gitignore" && f.LinkTarget is null && f.Length < 1024 * 1024);
            var rules = inherited.For(relative, gitIgnore is null ? null : ReadText(gitIgnore));
            var files = new List<ScannedFile>();
            var hasNuGetLock = false;
            var hasProject = false;
            foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                if (entry is DirectoryInfo directory)
                {
                    if (directory.LinkTarget is not null || SkippedFolders.Contains(directory.Name) || rules.IsIgnored(path, isDirectory: true))
                    {
                        continue;
                    }

                    if (depth + 1 > MaxDepth)
                    {
                        warn(path, $"deeper than {MaxDepth} folders; not scanned");
                        continue;
                    }

                    pending.Push((directory, path, rules, depth + 1));
                    continue;
                }

                hasProject |= ProjectExtensions.Any(x => entry.Name.EndsWith(x, StringComparison.OrdinalIgnoreCase));
                if (!isWanted(entry.Name) || rules.IsIgnored(path, isDirectory: false))
                {
                    continue;
                }

                if (entry.LinkTarget is not null && !TargetInside(entry, realRoot))
                {
                    warn(path, "symbolic link to a file outside the scanned folder; not read");
                    continue;
                }

                hasNuGetLock |= entry.Name.Equals("packages.lock.json", StringComparison.OrdinalIgnoreCase);
                files.Add(new ScannedFile(entry.FullName, path));
            }

            // Restore output describes the project when it has no lock file; obj is build output, so .gitignore
            // normally excludes it, but this one file is what the restore resolved.
            var assets = Path.Combine(folder.FullName, "obj", "project.assets.json");
            if (hasProject && !hasNuGetLock && File.Exists(assets) && new FileInfo(assets).LinkTarget is null && new DirectoryInfo(Path.Combine(folder.FullName, "obj")).LinkTarget is null)
            {
                files.Add(new ScannedFile(assets, (relative.Length == 0 ? "" : relative + "/") + "obj/project.assets.json"));
            }

            found.AddRange(files);
        }

        return [.. found.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    /// <summary>Whether a file (or the final target of a link) is a file inside the tree.</summary>
    public static bool TargetInside(FileSystemInfo entry, string realRoot)
    {
        var real = RealPath(entry.FullName);
        return real is not null && File.Exists(real) && real.StartsWith(realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>The path with every symbolic link on the way resolved; null for a loop of links.</summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full) ?? "/";
        var pending = new Queue<string>(full[current.Length..].Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries));
        var hops = 0;
        while (pending.Count > 0)
        {
            var part = pending.Dequeue();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            string? link;
            try
            {
                link = new FileInfo(next).LinkTarget;
            }
            catch (IOException)
            {
                return null;
            }

            if (link is null)
            {
                current = next;
                continue;
            }

            if (++hops > 40)
            {
                return null;
            }

            var target = Path.GetFullPath(Path.IsPathRooted(link) ? link : Path.Combine(current, link));
            var rest = pending.ToArray();
            current = Path.GetPathRoot(target) ?? "/";
            pending = new Queue<string>(target[current.Length..].Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries).Concat(rest));
        }

        return Path.TrimEndingDirectorySeparator(current);
    }

    private static string? ReadText(FileInfo file)
    {
        try
        {
            return File.ReadAllText(file.FullName);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return null;
        }
    }
}
