namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>The outcome of an import: per source, per ecosystem, what was skipped and why, and the index written.</summary>
public sealed record OsvImportSummary
{
    /// <summary>The index file.</summary>
    public required string IndexPath { get; init; }

    /// <summary>True when a new index file was written (false when nothing changed, e.g. every URL answered 304).</summary>
    public required bool IndexWritten { get; init; }

    /// <summary>Records in the index after the import.</summary>
    public required int IndexRecords { get; init; }

    /// <summary>Each source, in the order given.</summary>
    public required IReadOnlyList<OsvSourceSummary> Sources { get; init; }

    /// <summary>Records read per base ecosystem (a record counts once for each ecosystem it names; <c>(none)</c> for none).</summary>
    public required IReadOnlyDictionary<string, int> ReadByEcosystem { get; init; }

    /// <summary>The first skipped records with reasons (see <see cref="OsvImportLimits.MaxSkippedListed"/>).</summary>
    public required IReadOnlyList<OsvSkippedRecord> Skipped { get; init; }

    /// <summary>Records read, over all sources.</summary>
    public int Read => Sources.Sum(s => s.Read);

    /// <summary>Records added, over all sources.</summary>
    public int Added => Sources.Sum(s => s.Added);

    /// <summary>Records replaced, over all sources.</summary>
    public int Replaced => Sources.Sum(s => s.Replaced);

    /// <summary>Records unchanged, over all sources.</summary>
    public int Unchanged => Sources.Sum(s => s.Unchanged);

    /// <summary>Records older than the indexed copy, over all sources.</summary>
    public int Outdated => Sources.Sum(s => s.Outdated);

    /// <summary>Records skipped, over all sources (all counted, even beyond the listed ones).</summary>
    public int SkippedCount => Sources.Sum(s => s.Skipped);

    /// <summary>Sources that failed.</summary>
    public int FailedSources => Sources.Count(s => s.Status == OsvSourceStatus.Failed);
}
