using System.Text.Json.Serialization;

namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>A CVSS v2.0 score object as defined by FIRST's cvss-v2.0 JSON schema.</summary>
public sealed record CvssV2Score
{
    /// <summary>The CVSS version, "2.0".</summary>
    [JsonPropertyName("version")]
    public string Version { get; init; } = "2.0";

    /// <summary>The vector string.</summary>
    [JsonPropertyName("vectorString")]
    public string VectorString { get; init; } = "";

    /// <summary>AV.</summary>
    [JsonPropertyName("accessVector")]
    public string? AccessVector { get; init; }

    /// <summary>AC.</summary>
    [JsonPropertyName("accessComplexity")]
    public string? AccessComplexity { get; init; }

    /// <summary>Au.</summary>
    [JsonPropertyName("authentication")]
    public string? Authentication { get; init; }

    /// <summary>C.</summary>
    [JsonPropertyName("confidentialityImpact")]
    public string? ConfidentialityImpact { get; init; }

    /// <summary>I.</summary>
    [JsonPropertyName("integrityImpact")]
    public string? IntegrityImpact { get; init; }

    /// <summary>A.</summary>
    [JsonPropertyName("availabilityImpact")]
    public string? AvailabilityImpact { get; init; }

    /// <summary>The base score.</summary>
    [JsonPropertyName("baseScore")]
    public double? BaseScore { get; init; }

    /// <summary>E.</summary>
    [JsonPropertyName("exploitability")]
    public string? Exploitability { get; init; }

    /// <summary>RL.</summary>
    [JsonPropertyName("remediationLevel")]
    public string? RemediationLevel { get; init; }

    /// <summary>RC.</summary>
    [JsonPropertyName("reportConfidence")]
    public string? ReportConfidence { get; init; }

    /// <summary>The temporal score.</summary>
    [JsonPropertyName("temporalScore")]
    public double? TemporalScore { get; init; }

    /// <summary>CDP.</summary>
    [JsonPropertyName("collateralDamagePotential")]
    public string? CollateralDamagePotential { get; init; }

    /// <summary>TD.</summary>
    [JsonPropertyName("targetDistribution")]
    public string? TargetDistribution { get; init; }

    /// <summary>CR.</summary>
    [JsonPropertyName("confidentialityRequirement")]
    public string? ConfidentialityRequirement { get; init; }

    /// <summary>IR.</summary>
    [JsonPropertyName("integrityRequirement")]
    public string? IntegrityRequirement { get; init; }

    /// <summary>AR.</summary>
    [JsonPropertyName("availabilityRequirement")]
    public string? AvailabilityRequirement { get; init; }

    /// <summary>The environmental score.</summary>
    [JsonPropertyName("environmentalScore")]
    public double? EnvironmentalScore { get; init; }
}
