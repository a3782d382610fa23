namespace CodeAssure.Checks.Framework;

/// <summary>Small predicates on relative paths that rules use to say which files they read.</summary>
internal static class FilePatterns
{
    /// <summary>True when the file name ends with one of the extensions (case-insensitive, with the dot).</summary>
    public static Func<string, bool> Extensions(params string[] extensions) =>
        path => extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the file name is one of the names (case-insensitive).</summary>
    public static Func<string, bool> Names(params string[] names) =>
        path => names.Any(n => RepositoryTextFiles.NameOf(path).Equals(n, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when either predicate is.</summary>
    public static Func<string, bool> Or(this Func<string, bool> a, Func<string, bool> b) => path => a(path) || b(path);

    /// <summary>Dockerfiles: Dockerfile, Dockerfile.*, *.Dockerfile, Containerfile.</summary>
    public static bool IsDockerfile(string path)
    {
        var name = RepositoryTextFiles.NameOf(path);
        return name.Equals("Dockerfile", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase) || name.Equals("Containerfile", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Docker Compose files: docker-compose*.yml/yaml, compose*.yml/yaml.</summary>
    public static bool IsCompose(string path)
    {
        var name = RepositoryTextFiles.NameOf(path).ToLowerInvariant();
        return (name.StartsWith("docker-compose", StringComparison.Ordinal) || name.StartsWith("compose", StringComparison.Ordinal))
            && (name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal));
    }

    /// <summary>Shell, PowerShell and batch scripts, Makefiles and Dockerfiles: where command lines live.</summary>
    public static bool IsScript(string path) =>
        Extensions(".sh", ".bash", ".zsh", ".ps1", ".psm1", ".cmd", ".bat", ".mk")(path) || Names("Makefile", "GNUmakefile", "justfile")(path) || IsDockerfile(path);

    /// <summary>Documentation (Markdown, reStructuredText, AsciiDoc, plain text, HTML): it describes settings rather than applying them.</summary>
    public static bool IsDocumentation(string path) => Extensions(".md", ".markdown", ".rst", ".adoc", ".txt", ".html", ".htm")(path);

    /// <summary>YAML files (CI definitions, compose, Kubernetes, Helm values).</summary>
    public static bool IsYaml(string path) => Extensions(".yml", ".yaml")(path);

    /// <summary>CI definitions: GitHub Actions, GitLab CI, Azure Pipelines, CircleCI, Jenkins, Bitbucket.</summary>
    public static bool IsCi(string path) =>
        path.StartsWith(".github/workflows/", StringComparison.Ordinal) || path.StartsWith(".circleci/", StringComparison.Ordinal)
        || Names(".gitlab-ci.yml", "azure-pipelines.yml", "azure-pipelines.yaml", "Jenkinsfile", "bitbucket-pipelines.yml", ".travis.yml")(path)
        || path.StartsWith(".gitlab/", StringComparison.Ordinal) || path.StartsWith(".azure-pipelines/", StringComparison.Ordinal);

    /// <summary>A file meant for development or local use only, by its name: *.Development.*, *.dev.*, *.local.*, docker-compose.override.*, launchSettings.json.</summary>
    public static bool IsDevelopmentOnly(string path)
    {
        var name = RepositoryTextFiles.NameOf(path).ToLowerInvariant();
        var parts = name.Split('.', '-', '_');
        return parts.Any(p => p is "development" or "dev" or "local" or "override" or "test" or "testing" or "debug")
            || name == "launchsettings.json";
    }

    /// <summary>A template meant to be copied (".env.example", "config.sample.yml", "*.dist", "*.template").</summary>
    public static bool IsTemplate(string path)
    {
        var parts = RepositoryTextFiles.NameOf(path).ToLowerInvariant().Split('.', '-', '_');
        return parts.Any(p => p is "example" or "sample" or "dist" or "template" or "tmpl" or "tpl");
    }
}
