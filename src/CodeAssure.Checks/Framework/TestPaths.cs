namespace CodeAssure.Checks.Framework;

/// <summary>
/// Recognises test code and test data by path. Configuration checks report what they find there at Info: a test's
/// fake password or disabled certificate check does not ship to customers, but it is still recorded.
/// </summary>
internal static class TestPaths
{
    private static readonly HashSet<string> TestFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "test", "tests", "__tests__", "spec", "specs", "testdata", "test-data", "fixtures", "__fixtures__", "e2e", "testing", "mocks", "__mocks__",
    };

    private static readonly string[] TestProjectSuffixes = [".Tests", ".Test", ".UnitTests", ".IntegrationTests", ".Specs", "Tests"];

    private static readonly string[] TestFileSuffixes =
    [
        "_test.go", "_test.py", "_spec.rb", "_test.rb", ".test.js", ".test.ts", ".test.jsx", ".test.tsx", ".spec.js", ".spec.ts",
        ".spec.jsx", ".spec.tsx", ".test.mjs", "Tests.cs", "Test.cs", "Test.java", "Tests.java", "Test.kt", "Tests.kt",
    ];

    /// <summary>True when the path (relative, '/' separators) is in a test folder or names a test file.</summary>
    public static bool IsTest(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var segments = relativePath.Split('/');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (TestFolders.Contains(segments[i]) || TestProjectSuffixes.Any(s => segments[i].EndsWith(s, StringComparison.Ordinal) && segments[i].Length > s.Length))
            {
                return true;
            }
        }

        var name = segments[^1];
        return TestFileSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal))
            || (name.StartsWith("test_", StringComparison.Ordinal) && name.EndsWith(".py", StringComparison.Ordinal));
    }
}
