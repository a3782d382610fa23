using System.Text.Json;

namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>One affected package (or, without a package, one affected git repository) and the versions affected.</summary>
public sealed class OsvAffected
{
    /// <summary>The package; absent when the entry only names a repository through GIT ranges.</summary>
    public OsvPackage? Package { get; init; }

    /// <summary>Severity for this package only (exclusive with the record's own severity).</summary>
    public IReadOnlyList<OsvSeverity> Severity { get; init; } = [];

    /// <summary>Version ranges: ordered introduced/fixed/last_affected/limit events.</summary>
    public IReadOnlyList<OsvRange> Ranges { get; init; } = [];

    /// <summary>Explicitly listed affected versions.</summary>
    public IReadOnlyList<string> Versions { get; init; } = [];

    /// <summary>Ecosystem-defined extra data (e.g. Go's affected symbols), kept as is.</summary>
    public JsonElement? EcosystemSpecific { get; init; }

    /// <summary>Database-defined extra data, kept as is.</summary>
    public JsonElement? DatabaseSpecific { get; init; }
}
