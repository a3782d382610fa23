namespace CodeAssure.Vulnerabilities.Enrichment;

/// <summary>One vulnerability in CISA's Known Exploited Vulnerabilities catalogue.</summary>
/// <param name="CveId">The CVE id, e.g. CVE-2021-44228.</param>
/// <param name="DateAdded">When CISA added it to the catalogue.</param>
/// <param name="DueDate">The remediation due date CISA set for US federal agencies, when given.</param>
/// <param name="KnownRansomwareUse">True when CISA records known use in ransomware campaigns.</param>
public sealed record KevEntry(string CveId, DateOnly DateAdded, DateOnly? DueDate, bool KnownRansomwareUse);
