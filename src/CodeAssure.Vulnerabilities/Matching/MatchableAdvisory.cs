using System.Text.Json;
using CodeAssure.Vulnerabilities.Findings;
using CodeAssure.Vulnerabilities.Osv;

namespace CodeAssure.Vulnerabilities.Matching;

/// <summary>
/// The parts of an OSV record that matching and findings use: ids, withdrawn, the affected packages with their
/// SEMVER/ECOSYSTEM ranges and listed versions, severity vectors, the database's own severity word and a summary.
/// The index stores this form beside the published JSON so a lookup never has to inflate and parse a record.
/// </summary>
public sealed class MatchableAdvisory
{
    /// <summary>Creates an advisory from its parts (the index's reader and <see cref="From"/> use this).</summary>
    public MatchableAdvisory(string id, IReadOnlyList<string> aliases, bool isWithdrawn, IReadOnlyList<OsvAffected> affected,
        IReadOnlyList<OsvSeverity> severity, Severity databaseSeverity, string? summary, string? detailsFirstLine)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(aliases);
        ArgumentNullException.ThrowIfNull(affected);
        ArgumentNullException.ThrowIfNull(severity);
        if (affected.Any(a => a.Package is null))
        {
            throw new ArgumentException("every affected entry of a matchable advisory names a package", nameof(affected));
        }

        Id = id;
        Aliases = aliases;
        IsWithdrawn = isWithdrawn;
        Affected = affected;
        Severity = severity;
        DatabaseSeverity = databaseSeverity;
        Summary = summary;
        DetailsFirstLine = detailsFirstLine;
    }

    /// <summary>How much of the details' first line a finding shows.</summary>
    public const int MaxFirstLineLength = 200;

    /// <summary>The record's id.</summary>
    public string Id { get; }

    /// <summary>Ids of the same vulnerability in other databases.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>True when the record has been withdrawn (it must not produce findings).</summary>
    public bool IsWithdrawn { get; }

    /// <summary>The affected entries that name a package, with only their SEMVER and ECOSYSTEM ranges (GIT ranges
    /// describe commits, which matching does not evaluate).</summary>
    public IReadOnlyList<OsvAffected> Affected { get; }

    /// <summary>Every severity statement of the record: its own, then each affected entry's, in record order.</summary>
    public IReadOnlyList<OsvSeverity> Severity { get; }

    /// <summary>The highest severity word in the record's or its entries' <c>database_specific</c>/<c>ecosystem_specific</c>.</summary>
    public Severity DatabaseSeverity { get; }

    /// <summary>The record's summary, when it has a non-blank one.</summary>
    public string? Summary { get; }

    /// <summary>When there is no summary: the first line of the details, trimmed (at most <see cref="MaxFirstLineLength"/> + 1 characters).</summary>
    public string? DetailsFirstLine { get; }

    /// <summary>Reduces a parsed record to what matching uses.</summary>
    public static MatchableAdvisory From(OsvRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var affected = record.Affected
            .Where(a => a.Package is not null)
            .Select(a => new OsvAffected
            {
                Package = a.Package,
                Ranges = [.. a.Ranges.Where(r => r.Type != OsvRangeType.Git).Select(r => new OsvRange { Type = r.Type, Events = r.Events })],
                Versions = a.Versions,
            })
            .ToList();
        var severity = record.Severity.Concat(record.Affected.SelectMany(a => a.Severity)).ToList();
        var summary = string.IsNullOrWhiteSpace(record.Summary) ? null : record.Summary;
        var firstLine = summary is null && !string.IsNullOrWhiteSpace(record.Details) ? record.Details.Trim().Split('\n', 2)[0].Trim() : null;

        // Findings show at most 200 characters of it; one more keeps "it was cut" visible without storing the rest.
        if (firstLine is { Length: > MaxFirstLineLength + 1 })
        {
            firstLine = firstLine[..(MaxFirstLineLength + 1)];
        }

        return new MatchableAdvisory(record.Id, record.Aliases, record.IsWithdrawn, affected, severity, DatabaseSeverityOf(record), summary, firstLine);
    }

    // GitHub writes database_specific.severity on the record; other databases put a severity on the affected entry.
    private static Severity DatabaseSeverityOf(OsvRecord record)
    {
        var best = Findings.Severity.Unknown;
        foreach (var element in record.Affected.SelectMany(a => new[] { a.DatabaseSpecific, a.EcosystemSpecific }).Prepend(record.DatabaseSpecific))
        {
            if (element is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty("severity", out var value)
                && value.ValueKind == JsonValueKind.String && SeverityScale.TryParse(value.GetString(), out var severity)
                && severity > best)
            {
                best = severity;
            }
        }

        return best;
    }
}
