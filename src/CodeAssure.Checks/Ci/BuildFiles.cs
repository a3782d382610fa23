namespace CodeAssure.Checks.Ci;

/// <summary>Which files of a repository define its build environment: CI definitions, build and project files, container and build scripts.</summary>
public static class BuildFiles
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        // CI systems
        ".gitlab-ci.yml", ".gitlab-ci.yaml", "azure-pipelines.yml", "azure-pipelines.yaml", ".travis.yml", "Jenkinsfile",
        "bitbucket-pipelines.yml", ".drone.yml", "appveyor.yml", "cloudbuild.yaml", "action.yml", "action.yaml",
        // .NET
        "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "nuget.config",
        // other ecosystems
        "package.json", "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts",
        "pyproject.toml", "setup.py", "setup.cfg", "Pipfile", "Cargo.toml", "CMakeLists.txt", "go.mod", "Gemfile", "composer.json",
        // lock files
        "packages.lock.json", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "Cargo.lock", "go.sum",
        "poetry.lock", "Pipfile.lock", "uv.lock", "Gemfile.lock", "composer.lock", "gradle.lockfile",
        // containers, make and build scripts
        "Dockerfile", "Containerfile", "Makefile", "GNUmakefile", "justfile", "Taskfile.yml",
        "build.sh", "build.ps1", "build.cmd", "build.bat", "build.cake", "build.fsx", "build.py",
        // who may change all of the above
        "CODEOWNERS",
    };

    private static readonly string[] Extensions = [".csproj", ".fsproj", ".vbproj", ".sln", ".slnx", ".dockerfile"];

    private static readonly string[] Folders = [".github/workflows/", ".github/actions/", ".azure-pipelines/", ".pipelines/", ".ci/", ".circleci/", ".buildkite/", ".gitlab/ci/"];

    /// <summary>True when a relative path ('/' separators) is a CI or build file.</summary>
    public static bool IsBuildFile(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        return Names.Contains(name)
            || name.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase)
            || Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            || Folders.Any(f => relativePath.StartsWith(f, StringComparison.Ordinal));
    }

    /// <summary>The CI and build files under a folder, relative with '/' separators, in ordinal order.</summary>
    public static IReadOnlyList<string> Find(string root, CiScanOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        return [.. RepositoryFiles.List(root, (options ?? CiScanOptions.Default).MaxFiles).Where(IsBuildFile)];
    }
}
