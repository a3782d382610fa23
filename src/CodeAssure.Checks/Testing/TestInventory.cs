using System.Text.RegularExpressions;
using CodeAssure.Checks.Findings;
using CodeAssure.Sbom.Generation.Scanning;

namespace CodeAssure.Checks.Testing;

/// <summary>
/// Finds a repository's automated tests (check <see cref="TestsCheckId"/>, claim 1.3.1) and the CI lines that run
/// them (check <see cref="CiCheckId"/>, claim 1.3.2). Walks the folder once, skipping node_modules, bin, obj,
/// version-control folders, Python environments, vendor folders and whatever .gitignore excludes; symbolic links are
/// not followed.
/// </summary>
public static partial class TestInventory
{
    /// <summary>The check for "the repository has automated tests".</summary>
    public const string TestsCheckId = "CA-TEST-001";

    /// <summary>The check for "CI runs the tests".</summary>
    public const string CiCheckId = "CA-TEST-002";

    private const int MaxDepth = 100;
    private const long MaxReadBytes = 1024 * 1024;

    // Build output, version control, and installed third-party code (whose own tests are not this repository's).
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "node_modules", "bin", "obj", ".git", ".hg", ".svn", ".venv", "venv", ".tox", ".nox", "site-packages", "__pycache__", "vendor",
    };

    private static readonly HashSet<string> JavaScriptExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts",
    };

    [GeneratedRegex("""<PackageReference\s+Include\s*=\s*["'](Microsoft\.NET\.Test\.Sdk|xunit|xunit\.v3|xunit\.core|NUnit|MSTest|MSTest\.TestFramework|TUnit)["']|<IsTestProject>\s*true\s*</IsTestProject>|Sdk\s*=\s*["']MSTest\.Sdk""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DotNetTestReference();

    // Repositories that bring the test framework in from a shared Directory.Build.props (the .NET Arcade SDK, central
    // test props) mark test projects by name only: Foo.Tests, Foo.UnitTests, Foo.FunctionalTests …
    [GeneratedRegex(@"(^|\.)(Unit|Integration|Functional|Specification|Acceptance|EndToEnd|E2E)?Tests?$", RegexOptions.CultureInvariant)]
    private static partial Regex DotNetTestProjectName();

    [GeneratedRegex(@"#\[(\w+::)*test\]", RegexOptions.CultureInvariant)]
    private static partial Regex RustTestAttribute();

    [GeneratedRegex(@"^\s*\[(tool\.pytest\.ini_options|tool:pytest|pytest)\]", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex PytestSection();

    /// <summary>Walks <paramref name="root"/> for tests and CI test commands.</summary>
    public static TestInventoryResult Find(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"'{root}' is not a folder");
        }

        var tests = new List<TestLocation>();
        var pytest = new List<string>();
        var ciFiles = new List<string>();
        var commands = new List<CiTestCommand>();
        var warnings = new List<string>();
        var pending = new Stack<(DirectoryInfo Folder, string Relative, GitIgnoreRules Rules, int Depth)>();
        pending.Push((new DirectoryInfo(Path.GetFullPath(root)), "", GitIgnoreRules.Empty, 0));
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
                warnings.Add($"{(relative.Length == 0 ? "." : relative)}: folder not readable: {e.Message}");
                continue;
            }

            var gitIgnore = entries.OfType<FileInfo>().FirstOrDefault(f => f.Name == ".gitignore" && f.LinkTarget is null && f.Length < MaxReadBytes);
            var rules = inherited.For(relative, gitIgnore is null ? null : ReadText(gitIgnore, warnings, relative));
            foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                if (entry.LinkTarget is not null)
                {
                    continue;
                }

                if (entry is DirectoryInfo)
                {
                    if (!SkippedFolders.Contains(entry.Name) && !rules.IsIgnored(path, isDirectory: true) && depth < MaxDepth)
                    {
                        pending.Push(((DirectoryInfo)entry, path, rules, depth + 1));
                    }

                    continue;
                }

                if (rules.IsIgnored(path, isDirectory: false))
                {
                    continue;
                }

                var file = (FileInfo)entry;
                if (ClassifyTest(file, path, warnings) is { } kind)
                {
                    tests.Add(new TestLocation(kind, path));
                }

                if (IsPytestConfiguration(file, warnings, path))
                {
                    pytest.Add(path);
                }

                if (CiKind(path) is { } inCi)
                {
                    if (inCi)
                    {
                        ciFiles.Add(path);
                    }

                    ScanCommands(file, path, inCi, commands, warnings);
                }
            }
        }

        return new TestInventoryResult
        {
            Tests = [.. tests.OrderBy(t => t.Path, StringComparer.Ordinal)],
            PytestConfiguration = [.. pytest.OrderBy(p => p, StringComparer.Ordinal)],
            CiFiles = [.. ciFiles.OrderBy(p => p, StringComparer.Ordinal)],
            TestCommands = [.. commands.OrderBy(c => c.Path, StringComparer.Ordinal).ThenBy(c => c.Line)],
            Warnings = warnings,
        };
    }

    /// <summary>
    /// The findings: for <see cref="TestsCheckId"/>, an Info finding per kind of test found (or a Medium one when there
    /// are none); for <see cref="CiCheckId"/>, an Info finding per CI file and runner that runs tests, a Low one when
    /// only a Makefile does, and a Medium one when nothing does.
    /// </summary>
    public static IReadOnlyList<CheckFinding> Findings(TestInventoryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var findings = new List<CheckFinding>();
        foreach (var (kind, count) in result.Counts)
        {
            var first = result.Tests.First(t => t.Kind == kind);
            findings.Add(new CheckFinding
            {
                CheckId = TestsCheckId,
                RuleId = RuleOf(kind),
                Level = FindingLevel.Info,
                Message = $"{count} {Describe(kind, count)} found",
                Location = new SourceLocation(first.Path),
                Value = count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        if (result.Tests.Count == 0)
        {
            findings.Add(new CheckFinding
            {
                CheckId = TestsCheckId,
                RuleId = "no-tests",
                Level = FindingLevel.Medium,
                Message = "no automated tests found (looked for .NET test projects, Go, Python, JavaScript/TypeScript, JVM, Rust and Ruby tests)",
                Fingerprint = $"{TestsCheckId}:no-tests",
            });
        }

        foreach (var command in result.TestCommands.Where(c => c.InCiConfiguration).DistinctBy(c => (c.Path, c.Runner)))
        {
            findings.Add(new CheckFinding
            {
                CheckId = CiCheckId,
                RuleId = "ci-runs-tests",
                Level = FindingLevel.Info,
                Message = $"CI runs tests ({command.Runner}) in {command.Path}",
                Location = new SourceLocation(command.Path, command.Line),
                Value = command.Text,
            });
        }

        if (!result.CiRunsTests)
        {
            var scripted = result.TestCommands.Count > 0 ? result.TestCommands[0] : null;
            findings.Add(scripted is not null
                ? new CheckFinding
                {
                    CheckId = CiCheckId,
                    RuleId = "tests-not-in-ci",
                    Level = FindingLevel.Low,
                    Message = $"tests are scripted in {scripted.Path} ({scripted.Runner}) but no CI configuration found runs them",
                    Location = new SourceLocation(scripted.Path, scripted.Line),
                    Value = scripted.Text,
                    Fingerprint = $"{CiCheckId}:tests-not-in-ci",
                }
                : new CheckFinding
                {
                    CheckId = CiCheckId,
                    RuleId = "tests-not-in-ci",
                    Level = FindingLevel.Medium,
                    Message = result.CiFiles.Count == 0
                        ? "no CI configuration found, so nothing shows the tests run automatically"
                        : $"no CI configuration runs tests ({result.CiFiles.Count} CI files checked)",
                    Fingerprint = $"{CiCheckId}:tests-not-in-ci",
                });
        }

        return findings;
    }

    private static TestKind? ClassifyTest(FileInfo file, string path, List<string> warnings)
    {
        var name = file.Name;
        var extension = Path.GetExtension(name);
        if (extension is ".csproj" or ".fsproj" or ".vbproj")
        {
            return DotNetTestProjectName().IsMatch(Path.GetFileNameWithoutExtension(name))
                || (ReadSmall(file, warnings, path) is { } project && DotNetTestReference().IsMatch(project))
                ? TestKind.DotNetTestProject : null;
        }

        if (name.EndsWith("_test.go", StringComparison.Ordinal))
        {
            return TestKind.GoTestFile;
        }

        if (extension == ".py")
        {
            return name.StartsWith("test_", StringComparison.Ordinal) || name.EndsWith("_test.py", StringComparison.Ordinal) ? TestKind.PythonTestFile : null;
        }

        if (JavaScriptExtensions.Contains(extension))
        {
            var stem = Path.GetFileNameWithoutExtension(name);
            return stem.EndsWith(".test", StringComparison.OrdinalIgnoreCase) || stem.EndsWith(".spec", StringComparison.OrdinalIgnoreCase)
                || ("/" + path).Contains("/__tests__/", StringComparison.Ordinal)
                ? TestKind.JavaScriptTestFile : null;
        }

        if (extension is ".java" or ".kt" or ".groovy" or ".scala")
        {
            var full = "/" + path;
            return full.Contains("/src/test/java/", StringComparison.Ordinal) || full.Contains("/src/test/kotlin/", StringComparison.Ordinal)
                || full.Contains("/src/test/groovy/", StringComparison.Ordinal) || full.Contains("/src/test/scala/", StringComparison.Ordinal)
                ? TestKind.JvmTestFile : null;
        }

        if (extension == ".rs")
        {
            return IsRustIntegrationTest(file, path) || (ReadSmall(file, warnings, path) is { } source && RustTestAttribute().IsMatch(source))
                ? TestKind.RustTestFile : null;
        }

        if (extension == ".rb")
        {
            return name.EndsWith("_spec.rb", StringComparison.Ordinal)
                || (name.EndsWith("_test.rb", StringComparison.Ordinal) && ("/" + path).Contains("/test/", StringComparison.Ordinal))
                ? TestKind.RubyTestFile : null;
        }

        return null;
    }

    /// <summary>A .rs file anywhere under a crate's tests/ folder (the folder beside Cargo.toml).</summary>
    private static bool IsRustIntegrationTest(FileInfo file, string path)
    {
        // Only folders inside the scanned tree: one per '/' in the relative path.
        var levels = path.Count(c => c == '/');
        var dir = file.Directory;
        for (var level = 0; level < levels && dir?.Parent is not null; level++, dir = dir.Parent)
        {
            if (dir.Name == "tests" && File.Exists(Path.Combine(dir.Parent.FullName, "Cargo.toml")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPytestConfiguration(FileInfo file, List<string> warnings, string path) => file.Name switch
    {
        "pytest.ini" or "conftest.py" => true,
        "pyproject.toml" or "setup.cfg" or "tox.ini" => ReadSmall(file, warnings, path) is { } text && PytestSection().IsMatch(text),
        _ => false,
    };

    /// <summary>True for CI configuration, false for a build script that may run tests, null for neither.</summary>
    private static bool? CiKind(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var yaml = name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);
        if ((path.StartsWith(".github/workflows/", StringComparison.Ordinal) && yaml && !path[".github/workflows/".Length..].Contains('/', StringComparison.Ordinal))
            || path is ".gitlab-ci.yml" or "azure-pipelines.yml" or "azure-pipelines.yaml" or ".circleci/config.yml" or ".circleci/config.yaml"
                or "Jenkinsfile" or "bitbucket-pipelines.yml" or ".travis.yml" or ".drone.yml" or "appveyor.yml" or ".appveyor.yml"
            || (path.StartsWith(".azure-pipelines/", StringComparison.Ordinal) && yaml)
            || (path.StartsWith(".buildkite/", StringComparison.Ordinal) && yaml)
            || path.StartsWith(".ci/", StringComparison.Ordinal))
        {
            return true;
        }

        return path is "Makefile" or "makefile" or "GNUmakefile" ? false : null;
    }

    private static void ScanCommands(FileInfo file, string path, bool inCi, List<CiTestCommand> commands, List<string> warnings)
    {
        if (ReadSmall(file, warnings, path) is not { } text)
        {
            return;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (TestCommandPatterns.Match(lines[i]) is { } runner)
            {
                var trimmed = lines[i].Trim();
                commands.Add(new CiTestCommand(path, i + 1, runner, trimmed.Length <= 200 ? trimmed : trimmed[..199] + "…", inCi));
            }
        }
    }

    private static string? ReadSmall(FileInfo file, List<string> warnings, string path)
    {
        if (file.Length > MaxReadBytes)
        {
            warnings.Add($"{path}: larger than {MaxReadBytes} bytes; not read");
            return null;
        }

        return ReadText(file, warnings, path);
    }

    private static string? ReadText(FileInfo file, List<string> warnings, string path)
    {
        try
        {
            return File.ReadAllText(file.FullName);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            warnings.Add($"{path}: not readable: {e.Message}");
            return null;
        }
    }

    private static string RuleOf(TestKind kind) => kind switch
    {
        TestKind.DotNetTestProject => "dotnet-test-projects",
        TestKind.GoTestFile => "go-tests",
        TestKind.PythonTestFile => "python-tests",
        TestKind.JavaScriptTestFile => "javascript-tests",
        TestKind.JvmTestFile => "jvm-tests",
        TestKind.RustTestFile => "rust-tests",
        _ => "ruby-tests",
    };

    private static string Describe(TestKind kind, int count) => (kind, count == 1) switch
    {
        (TestKind.DotNetTestProject, true) => ".NET test project",
        (TestKind.DotNetTestProject, false) => ".NET test projects",
        (TestKind.GoTestFile, _) => count == 1 ? "Go test file" : "Go test files",
        (TestKind.PythonTestFile, _) => count == 1 ? "Python test file" : "Python test files",
        (TestKind.JavaScriptTestFile, _) => count == 1 ? "JavaScript/TypeScript test file" : "JavaScript/TypeScript test files",
        (TestKind.JvmTestFile, _) => count == 1 ? "JVM test source file" : "JVM test source files",
        (TestKind.RustTestFile, _) => count == 1 ? "Rust test file" : "Rust test files",
        _ => count == 1 ? "Ruby test file" : "Ruby test files",
    };
}
