using System.Globalization;
using CodeAssure.Catalog;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Support;

/// <summary>
/// CA-SUPPORT-002: ends of support are announced at least a year ahead (principle 4.2, claim 4.2.1). With an
/// announcement date (support-lifecycle.json "announced", a table's "announced" column, "announced on …" in a
/// sentence), less than a year between announcement and end is Medium. Without one, an end of support less than a
/// year from the scan's clock is Low: the notice cannot be confirmed from the repository. Past ends are recorded as facts.
/// </summary>
public sealed class EndOfSupportNoticeCheck : ICheck
{
    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = new(
        "CA-SUPPORT-002",
        "At least a year's notice of end of support",
        [PrincipleId.Parse("4.2")],
        [ClaimId.Parse("4.2.1")],
        "End-of-support dates in SUPPORT.md (tables with an end-of-support column; sentences such as 'supported until 31 March 2027'; ISO 8601 and English dates) and support-lifecycle.json: announced less than a year before the end (Medium), or less than a year away with no announcement date (Low).",
        "Announce each end of support at least 12 months ahead, record when it was announced (support-lifecycle.json 'announced'), and explain the risks of running an unsupported version.");

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var statement = SupportStatement.Read(new RepositoryTextFiles(context));
        if (statement.EndDates.Count == 0)
        {
            return Task.FromResult(CheckOutcome.NotApplicable(statement.Found
                ? "no end-of-support date announced yet in the support statement"
                : "no support statement (see CA-SUPPORT-001)"));
        }

        var today = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        var findings = new List<CheckFinding>();
        var ended = new List<string>();
        var upcoming = new List<string>();
        foreach (var date in statement.EndDates.DistinctBy(d => (d.Version, d.EndOfSupport)))
        {
            var what = date.Version is { Length: > 0 } v ? $"{v}: end of support {date.EndOfSupport:yyyy-MM-dd}" : $"end of support {date.EndOfSupport:yyyy-MM-dd}";
            if (date.Announced is { } announced && announced.AddYears(1) > date.EndOfSupport)
            {
                var days = date.EndOfSupport.DayNumber - announced.DayNumber;
                findings.Add(Finding("short-notice", FindingLevel.Medium,
                    $"{what} was announced on {announced:yyyy-MM-dd}, only {days} days ahead: principle 4.2 asks for at least one year's notice", date));
            }
            else if (date.EndOfSupport < today)
            {
                ended.Add(what);
            }
            else if (date.Announced is null && today.AddYears(1) > date.EndOfSupport)
            {
                var days = date.EndOfSupport.DayNumber - today.DayNumber;
                findings.Add(Finding("end-within-a-year", FindingLevel.Low,
                    $"{what} is {days} days away and no announcement date is recorded: make sure customers were told by {date.EndOfSupport.AddYears(-1):yyyy-MM-dd} (record it as 'announced')", date));
            }
            else
            {
                upcoming.Add(what);
            }
        }

        var facts = new Dictionary<string, string>
        {
            ["today"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["endOfSupportDates"] = statement.EndDates.Count.ToString(CultureInfo.InvariantCulture),
        };
        if (ended.Count > 0)
        {
            facts["ended"] = string.Join("; ", ended);
        }

        if (upcoming.Count > 0)
        {
            facts["announced"] = string.Join("; ", upcoming);
        }

        return Task.FromResult(CheckOutcome.FromFindings(findings, facts));
    }

    private CheckFinding Finding(string rule, FindingLevel level, string message, EndOfSupportDate date) => new()
    {
        CheckId = Descriptor.Id,
        RuleId = rule,
        Level = level,
        Message = message,
        Location = new SourceLocation(date.Path, date.Line),
        Value = date.EndOfSupport.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Fingerprint = $"{rule}|{date.Path}|{date.Version}|{date.EndOfSupport:yyyy-MM-dd}",
    };
}
