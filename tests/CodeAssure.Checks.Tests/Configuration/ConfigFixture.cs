using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;
using CodeAssure.Checks.Tests.SecurityTxt;

namespace CodeAssure.Checks.Tests.Configuration;

/// <summary>The fixture repositories of the configuration checks (Fixtures/Config/insecure and secure) and a way to run one check on a folder.</summary>
internal static class ConfigFixture
{
    /// <summary>The clock the fixtures' support dates are written against.</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static string Insecure => PathOf("insecure");

    public static string Secure => PathOf("secure");

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Config", name);

    public static Task<CheckOutcome> RunAsync(ICheck check, string root, DateTimeOffset? now = null, IReadOnlyList<string>? exclude = null) =>
        check.RunAsync(new ScanContext(root, new FixedTime(now ?? Today), Exclude: exclude), CancellationToken.None);

    /// <summary>"rule path level" for each finding above Info, sorted: easy to compare with an expected list.</summary>
    public static List<string> Problems(CheckOutcome outcome) =>
        [.. outcome.Findings.Where(f => f.Level > FindingLevel.Info).Select(f => $"{f.RuleId} {f.Location?.Path} {f.Level}").Order(StringComparer.Ordinal)];
}
