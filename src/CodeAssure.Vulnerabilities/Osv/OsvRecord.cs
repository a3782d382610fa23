using System.Text.Json;

namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>
/// One OSV vulnerability record (OSV schema up to 1.7): what is affected, how badly, and where to read more.
/// Immutable; build one with <see cref="OsvRecordParser"/>, which checks the schema's rules at the boundary.
/// </summary>
public sealed class OsvRecord
{
    /// <summary>The OSV schema version the record says it follows (<c>schema_version</c>), if it says.</summary>
    public string? SchemaVersion { get; init; }

    /// <summary>The record's id in its home database, e.g. <c>RUSTSEC-2024-0001</c> or <c>GHSA-xxxx-xxxx-xxxx</c>.</summary>
    public required string Id { get; init; }

    /// <summary>When the record was last changed (UTC); a newer <c>modified</c> replaces an older copy.</summary>
    public required DateTimeOffset Modified { get; init; }

    /// <summary>When the record was first published (UTC), if known.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>When the record was withdrawn (UTC); a withdrawn record must not produce findings.</summary>
    public DateTimeOffset? Withdrawn { get; init; }

    /// <summary>Ids of the same vulnerability in other databases.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Ids of upstream records this one is derived from (schema 1.6).</summary>
    public IReadOnlyList<string> Upstream { get; init; } = [];

    /// <summary>Ids of related but distinct vulnerabilities.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>A one-line summary.</summary>
    public string? Summary { get; init; }

    /// <summary>The full description (CommonMark).</summary>
    public string? Details { get; init; }

    /// <summary>Severity of the whole record (exclusive with per-package severity).</summary>
    public IReadOnlyList<OsvSeverity> Severity { get; init; } = [];

    /// <summary>The affected packages and their version ranges.</summary>
    public IReadOnlyList<OsvAffected> Affected { get; init; } = [];

    /// <summary>Links to advisories, fixes, reports and articles.</summary>
    public IReadOnlyList<OsvReference> References { get; init; } = [];

    /// <summary>Who found, reported or fixed the vulnerability.</summary>
    public IReadOnlyList<OsvCredit> Credits { get; init; } = [];

    /// <summary>The home database's own extra data (any JSON object), kept as is.</summary>
    public JsonElement? DatabaseSpecific { get; init; }

    /// <summary>True when the record has been withdrawn.</summary>
    public bool IsWithdrawn => Withdrawn is not null;
}
