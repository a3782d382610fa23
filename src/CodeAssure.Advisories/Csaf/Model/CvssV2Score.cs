using System.Text.Json.Serialization;

namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>A CVSS v2.0 score object as defined by FIRST's cvss-v2.0 JSON schema.</summary>
public sealed record CvssV2Score
{
    /// <summary>The CVSS version, "2.0".</summary>
    [JsonPropertyName("version")]
    [JsonPropertyOrder(18)]
    public string Version { get; init; } = "2.0";

    /// <summary>The vector string.</summary>
    [JsonPropertyName("vectorString")]
    [JsonPropertyOrder(17)]
    public string VectorString { get; init; } = "";

    /// <summary>AV.</summary>
    [JsonPropertyName("accessVector")]
    [JsonPropertyOrder(1)]
    public string? AccessVector { get; init; }

    /// <summary>AC.</summary>
    [JsonPropertyName("accessComplexity")]
    [JsonPropertyOrder(0)]
    public string? AccessComplexity { get; init; }

    /// <summary>Au.</summary>
    [JsonPropertyName("authentication")]
    [JsonPropertyOrder(2)]
    public string? Authentication { get; init; }

    /// <summary>C.</summary>
    [JsonPropertyName("confidentialityImpact")]
    [JsonPropertyOrder(7)]
    public string? ConfidentialityImpact { get; init; }

    /// <summary>I.</summary>
    [JsonPropertyName("integrityImpact")]
    [JsonPropertyOrder(11)]
    public string? IntegrityImpact { get; init; }

    /// <summary>A.</summary>
    [JsonPropertyName("availabilityImpact")]
    [JsonPropertyOrder(3)]
    public string? AvailabilityImpact { get; init; }

    /// <summary>The base score.</summary>
    [JsonPropertyName("baseScore")]
    [JsonPropertyOrder(5)]
    public double? BaseScore { get; init; }

    /// <summary>E.</summary>
    [JsonPropertyName("exploitability")]
    [JsonPropertyOrder(10)]
    public string? Exploitability { get; init; }

    /// <summary>RL.</summary>
    [JsonPropertyName("remediationLevel")]
    [JsonPropertyOrder(13)]
    public string? RemediationLevel { get; init; }

    /// <summary>RC.</summary>
    [JsonPropertyName("reportConfidence")]
    [JsonPropertyOrder(14)]
    public string? ReportConfidence { get; init; }

    /// <summary>The temporal score.</summary>
    [JsonPropertyName("temporalScore")]
    [JsonPropertyOrder(16)]
    public double? TemporalScore { get; init; }

    /// <summary>CDP.</summary>
    [JsonPropertyName("collateralDamagePotential")]
    [JsonPropertyOrder(6)]
    public string? CollateralDamagePotential { get; init; }

    /// <summary>TD.</summary>
    [JsonPropertyName("targetDistribution")]
    [JsonPropertyOrder(15)]
    public string? TargetDistribution { get; init; }

    /// <summary>CR.</summary>
    [JsonPropertyName("confidentialityRequirement")]
    [JsonPropertyOrder(8)]
    public string? ConfidentialityRequirement { get; init; }

    /// <summary>IR.</summary>
    [JsonPropertyName("integrityRequirement")]
    [JsonPropertyOrder(12)]
    public string? IntegrityRequirement { get; init; }

    /// <summary>AR.</summary>
    [JsonPropertyName("availabilityRequirement")]
    [JsonPropertyOrder(4)]
    public string? AvailabilityRequirement { get; init; }

    /// <summary>The environmental score.</summary>
    [JsonPropertyName("environmentalScore")]
    [JsonPropertyOrder(9)]
    public double? EnvironmentalScore { get; init; }
}
