namespace CodeAssure.TestSupport;

/// <summary>Finds the shared conformance data (../shared/conformance beside the repository) from a test's output folder.</summary>
public static class ConformanceData
{
    private static readonly Lazy<string> RootPath = new(Locate);

    /// <summary>The absolute path of ../shared/conformance.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The absolute path of a file or folder under the conformance data.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The repository's root folder (the one holding CodeAssure.sln).</summary>
    public static string RepositoryRoot => FindRepositoryRoot();

    private static string Locate()
    {
        var repository = FindRepositoryRoot();
        var candidate = Path.GetFullPath(Path.Combine(repository, "..", "shared", "conformance"));
        return Directory.Exists(candidate)
            ? candidate
            : throw new DirectoryNotFoundException($"conformance data not found at {candidate} (expected ../shared/conformance beside the repository)");
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CodeAssure.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"CodeAssure.sln not found above {AppContext.BaseDirectory}");
    }
}
