namespace CodeAssure.Vulnerabilities.Enrichment;

/// <summary>FIRST's Exploit Prediction Scoring System score for one CVE.</summary>
/// <param name="CveId">The CVE id.</param>
/// <param name="Probability">The probability of exploitation activity in the next 30 days, 0 to 1.</param>
/// <param name="Percentile">The score's percentile among all scored CVEs, 0 to 1.</param>
public sealed record EpssScore(string CveId, double Probability, double Percentile);
