using System.Text.RegularExpressions;

namespace CodeAssure.Checks.Testing;

/// <summary>
/// Recognises a line of a CI file or build script that runs tests, e.g. "dotnet test", "go test ./...",
/// "python -m pytest", "npm run test", "mvn -B verify", "./gradlew check", "cargo test", "bundle exec rspec",
/// "tox", "make test". A plain text match: comment lines are skipped, nothing is executed or expanded.
/// </summary>
internal static partial class TestCommandPatterns
{
    // A command word must stand alone: not part of a longer name, path or option.
    private const string Start = @"(?<![\w./:-])";
    private const string End = @"(?![\w-]|\.\w)";

    private static readonly (string Runner, Regex Pattern)[] Runners =
    [
        ("dotnet test", Make($@"{Start}dotnet\s+(test|vstest){End}")),
        ("go test", Make($@"{Start}(go\s+test|gotestsum){End}")),
        ("pytest", Make($@"{Start}(pytest|py\.test){End}|{Start}python[\d.]*\s+-m\s+(pytest|unittest){End}")),
        ("npm test", Make($@"{Start}(npm|pnpm|yarn|bun)\s+(run\s+)?(test|t)(?![\w-])|{Start}npx\s+(jest|vitest|mocha|playwright\s+test){End}")),
        ("maven", Make($@"{Start}(mvn|mvnw|\./mvnw|mvnw\.cmd)\s+(?![^\n]*-D(skipTests|maven\.test\.skip)(=true)?{End})[^\n#]*?{Start}(test|verify|integration-test|install|package|deploy){End}")),
        ("gradle", Make($@"{Start}(gradle|gradlew|\./gradlew|gradlew\.bat)\s+(?![^\n]*-x\s+test{End})[^\n#]*?{Start}(test|check|build){End}")),
        ("cargo test", Make($@"{Start}cargo\s+(\+\S+\s+)?(test|nextest){End}")),
        ("rspec", Make($@"{Start}rspec{End}|{Start}(rake|rails)\s+(test|spec){End}")),
        ("tox", Make($@"{Start}tox{End}")),
        ("nox", Make($@"{Start}nox{End}")),
        ("make test", Make($@"({Start}make|\$\(MAKE\))(\s+-\S+)*\s+(test|tests|check){End}")),
        ("ctest", Make($@"{Start}ctest{End}")),
        ("other", Make($@"{Start}(swift|mix|flutter|deno|bazel|bazelisk|dart)\s+test{End}|{Start}phpunit{End}")),
    ];

    /// <summary>The runner a line invokes, or null when it runs no tests (or is a comment).</summary>
    public static string? Match(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith('#') || trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("REM ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var (runner, pattern) in Runners)
        {
            if (pattern.IsMatch(trimmed))
            {
                return runner == "other" ? pattern.Match(trimmed).Value : runner;
            }
        }

        return null;
    }

    private static Regex Make(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
}
