using System.Text.Json;

namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>One range of affected versions: its ordering, its events, and for GIT ranges the repository.</summary>
public sealed class OsvRange
{
    /// <summary>How the event versions are ordered.</summary>
    public required OsvRangeType Type { get; init; }

    /// <summary>The repository URL (required for GIT ranges).</summary>
    public string? Repo { get; init; }

    /// <summary>The events in the order the record gives them; at least one is <see cref="OsvEventKind.Introduced"/>.</summary>
    public required IReadOnlyList<OsvEvent> Events { get; init; }

    /// <summary>Database-defined extra data, kept as is.</summary>
    public JsonElement? DatabaseSpecific { get; init; }
}
