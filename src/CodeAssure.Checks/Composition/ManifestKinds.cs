using System.Text.Json;
using System.Text.RegularExpressions;

namespace CodeAssure.Checks.Composition;

/// <summary>
/// The manifests CA-DEPS-001 knows, with their lock files — the same lock files <c>codeassure sbom generate</c> reads
/// (src/CodeAssure.Sbom/Generation/Formats). Manifests whose ecosystem has no lock file (Maven pom.xml) or where
/// locking is optional and rare (Gradle) are not listed; requirements.txt pins are checked by CA-SBOM-001.
/// </summary>
internal static partial class ManifestKinds
{
    /// <summary>Every kind.</summary>
    public static IReadOnlyList<ManifestKind> All { get; } =
    [
        new("npm", n => n == "package.json", ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "bun.lockb"], true,
            NpmDeclaresDependencies, "run 'npm install' (or yarn/pnpm) and commit the lock file"),
        new("NuGet", n => n.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) || n.EndsWith(".fsproj", StringComparison.OrdinalIgnoreCase) || n.EndsWith(".vbproj", StringComparison.OrdinalIgnoreCase),
            ["packages.lock.json"], false, t => t.Contains("<PackageReference", StringComparison.OrdinalIgnoreCase),
            "set <RestorePackagesWithLockFile>true</RestorePackagesWithLockFile> (e.g. in Directory.Build.props), restore, and commit packages.lock.json"),
        new("Pipenv", n => n == "Pipfile", ["Pipfile.lock"], false, t => PipfilePackages().IsMatch(t), "run 'pipenv lock' and commit Pipfile.lock"),
        new("Python", n => n == "pyproject.toml", ["poetry.lock", "uv.lock", "pdm.lock", "pylock.toml", "Pipfile.lock"], true,
            PyProjectDeclaresDependencies, "lock with your tool ('poetry lock', 'uv lock', 'pdm lock') and commit the lock file"),
        new("Cargo", n => n == "Cargo.toml", ["Cargo.lock"], true, t => CargoDependencies().IsMatch(t), "run 'cargo generate-lockfile' and commit Cargo.lock"),
        new("Go", n => n == "go.mod", ["go.sum"], false, t => GoRequire().IsMatch(t), "run 'go mod tidy' and commit go.sum"),
        new("RubyGems", n => n == "Gemfile" || n == "gems.rb", ["Gemfile.lock", "gems.locked"], false, t => GemLine().IsMatch(t), "run 'bundle lock' and commit Gemfile.lock"),
        new("Composer", n => n == "composer.json", ["composer.lock"], false, ComposerDeclaresDependencies, "run 'composer update --lock' and commit composer.lock"),
    ];

    private static bool NpmDeclaresDependencies(string text) => JsonObjectsNonEmpty(text, "dependencies", "devDependencies", "optionalDependencies", "peerDependencies") != false;

    private static bool ComposerDeclaresDependencies(string text) => JsonObjectsNonEmpty(text, "require", "require-dev") != false;

    // Null when the JSON cannot be read (then the manifest is assumed to declare dependencies: a lock is still expected).
    private static bool? JsonObjectsNonEmpty(string text, params string[] names)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            return names.Any(n => document.RootElement.TryGetProperty(n, out var o) && o.ValueKind == JsonValueKind.Object && o.EnumerateObject().Any());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool PyProjectDeclaresDependencies(string text) =>
        PyProjectDependencyList().IsMatch(text) || PoetryDependencies().IsMatch(text);

    [GeneratedRegex(@"^\[(?:dev-)?packages\]\s*\r?\n\s*[A-Za-z0-9_.\-""]+\s*=", RegexOptions.Multiline, 1000)]
    private static partial Regex PipfilePackages();

    [GeneratedRegex(@"^dependencies\s*=\s*\[\s*(?:#[^\n]*\n\s*)*[""']", RegexOptions.Multiline, 1000)]
    private static partial Regex PyProjectDependencyList();

    // [tool.poetry.dependencies] with something other than python itself.
    [GeneratedRegex(@"^\[tool\.poetry\.(?:group\.\w+\.)?dependencies\]\s*\r?\n(?:\s*(?:#[^\n]*|python\s*=[^\n]*)?\r?\n)*\s*(?!python\b)[A-Za-z0-9_.\-""]+\s*=", RegexOptions.Multiline, 1000)]
    private static partial Regex PoetryDependencies();

    [GeneratedRegex(@"^\[(?:dev-|build-)?dependencies\]\s*\r?\n\s*[A-Za-z0-9_\-""]+\s*=|^\[(?:dev-|build-)?dependencies\.[A-Za-z0-9_\-]+\]|^\[workspace\.dependencies\]", RegexOptions.Multiline, 1000)]
    private static partial Regex CargoDependencies();

    [GeneratedRegex(@"^require\s*(?:\(\s*\r?\n\s*[^\s)]|[^\s(])", RegexOptions.Multiline, 1000)]
    private static partial Regex GoRequire();

    [GeneratedRegex(@"^\s*gem\s+['""]", RegexOptions.Multiline, 1000)]
    private static partial Regex GemLine();
}
