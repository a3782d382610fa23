namespace CodeAssure.Web.Monitoring;

/// <summary>What one matching job did: what a job's result records.</summary>
/// <param name="Releases">Releases matched.</param>
/// <param name="Components">Components checked (with a package URL and version in an ecosystem OSV covers).</param>
/// <param name="Matches">Vulnerability × component matches found, new or already recorded.</param>
/// <param name="NewFindings">Findings raised by this run (matches not recorded before).</param>
/// <param name="IndexRecords">Records in the OSV index used, or 0 when there was no index.</param>
/// <param name="IndexMissing">True when no OSV index exists yet (nothing could be matched).</param>
internal sealed record MatchRun(int Releases, int Components, int Matches, int NewFindings, int IndexRecords, bool IndexMissing);
