namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>One event of a range: its kind and the version (or commit) it happens at.</summary>
/// <param name="Kind">Which event this is.</param>
/// <param name="Version">The version or commit hash, as written.</param>
public sealed record OsvEvent(OsvEventKind Kind, string Version);
