using System.Globalization;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Reports;

/// <summary>The words every human-readable report uses for levels, check statuses and locations, so they read alike.</summary>
public static class ReportText
{
    /// <summary>"critical", "high" … "info".</summary>
    public static string Level(FindingLevel level) => level.ToString().ToLowerInvariant();

    /// <summary>"passed", "failed", "not applicable", "skipped", "error".</summary>
    public static string Status(CheckStatus status) => status switch
    {
        CheckStatus.Passed => "passed",
        CheckStatus.Failed => "failed",
        CheckStatus.NotApplicable => "not applicable",
        CheckStatus.Skipped => "skipped",
        _ => "error",
    };

    /// <summary>"path:line:column", with "@commit (author)" for findings from the git history; empty without a location.</summary>
    public static string Location(SourceLocation? location)
    {
        if (location is null)
        {
            return "";
        }

        var where = location.Path;
        if (location.Line is { } line)
        {
            where += string.Create(CultureInfo.InvariantCulture, $":{line}");
            if (location.Column is { } column)
            {
                where += string.Create(CultureInfo.InvariantCulture, $":{column}");
            }
        }

        if (location.Commit is { } commit)
        {
            where += $" @{commit[..Math.Min(12, commit.Length)]}";
            if (location.Author is { } author)
            {
                where += $" ({author})";
            }
        }

        return where;
    }
}
