using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;
using CodeAssure.Checks.Tests.SecurityTxt;

namespace CodeAssure.Checks.Tests.Configuration;

/// <summary>The fixture repositories of the configuration checks (Fixtures/Config/insecure and secure) and a way to run one check on a folder.</summary>
internal static partial class ConfigFixture
{
    /// <summary>The clock the fixtures' support dates are written against.</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Config", name);

    /// <summary>A copy of the fixture repository with each <c>@default(value)</c> replaced by the bare value (see the fixture's README).</summary>
    public static ScratchFolder Copy(string name)
    {
        var source = PathOf(name);
        var copy = new ScratchFolder();
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file).Replace('\\', '/');
            copy.Write(relative, DefaultToken().Replace(File.ReadAllText(file), "$1"));
        }

        return copy;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"@default\(([^)]*)\)")]
    private static partial System.Text.RegularExpressions.Regex DefaultToken();

    public static Task<CheckOutcome> RunAsync(ICheck check, string root, DateTimeOffset? now = null, IReadOnlyList<string>? exclude = null) =>
        check.RunAsync(new ScanContext(root, new FixedTime(now ?? Today), Exclude: exclude), CancellationToken.None);

    /// <summary>"rule path level" for each finding above Info, sorted: easy to compare with an expected list.</summary>
    public static List<string> Problems(CheckOutcome outcome) =>
        [.. outcome.Findings.Where(f => f.Level > FindingLevel.Info).Select(f => $"{f.RuleId} {f.Location?.Path} {f.Level}").Order(StringComparer.Ordinal)];
}
