namespace CodeAssure.Vulnerabilities.Findings;

/// <summary>The CVSS vector a finding's severity came from, with its score.</summary>
/// <param name="Vector">The vector string as the advisory gives it.</param>
/// <param name="Version">The CVSS version: 2.0, 3.0, 3.1 or 4.0.</param>
/// <param name="Score">The vector's score (for 4.0 the single CVSS 4.0 score).</param>
public sealed record CvssRating(string Vector, string Version, double Score);
