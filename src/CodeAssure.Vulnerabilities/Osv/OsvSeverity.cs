namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>One severity statement: a scoring system (<c>CVSS_V2</c>, <c>CVSS_V3</c>, <c>CVSS_V4</c>, <c>Ubuntu</c>) and its vector or rating.</summary>
/// <param name="Type">The scoring system, as written in the record.</param>
/// <param name="Score">The vector string (CVSS) or rating word (Ubuntu); scores are computed from vectors, not stored.</param>
public sealed record OsvSeverity(string Type, string Score);
