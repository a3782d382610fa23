using System.Text.Json.Serialization;

namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>A CVSS v3.0 or v3.1 score object as defined by FIRST's cvss-v3.x JSON schemas.</summary>
public sealed record CvssV3Score
{
    /// <summary>The CVSS version, "3.0" or "3.1".</summary>
    [JsonPropertyName("version")]
    public string Version { get; init; } = "3.1";

    /// <summary>The vector string.</summary>
    [JsonPropertyName("vectorString")]
    public string VectorString { get; init; } = "";

    /// <summary>AV.</summary>
    [JsonPropertyName("attackVector")]
    public string? AttackVector { get; init; }

    /// <summary>AC.</summary>
    [JsonPropertyName("attackComplexity")]
    public string? AttackComplexity { get; init; }

    /// <summary>PR.</summary>
    [JsonPropertyName("privilegesRequired")]
    public string? PrivilegesRequired { get; init; }

    /// <summary>UI.</summary>
    [JsonPropertyName("userInteraction")]
    public string? UserInteraction { get; init; }

    /// <summary>S.</summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }

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

    /// <summary>The base severity: NONE, LOW, MEDIUM, HIGH or CRITICAL.</summary>
    [JsonPropertyName("baseSeverity")]
    public string BaseSeverity { get; init; } = "";

    /// <summary>E.</summary>
    [JsonPropertyName("exploitCodeMaturity")]
    public string? ExploitCodeMaturity { get; init; }

    /// <summary>RL.</summary>
    [JsonPropertyName("remediationLevel")]
    public string? RemediationLevel { get; init; }

    /// <summary>RC.</summary>
    [JsonPropertyName("reportConfidence")]
    public string? ReportConfidence { get; init; }

    /// <summary>The temporal score.</summary>
    [JsonPropertyName("temporalScore")]
    public double? TemporalScore { get; init; }

    /// <summary>The temporal severity.</summary>
    [JsonPropertyName("temporalSeverity")]
    public string? TemporalSeverity { get; init; }

    /// <summary>CR.</summary>
    [JsonPropertyName("confidentialityRequirement")]
    public string? ConfidentialityRequirement { get; init; }

    /// <summary>IR.</summary>
    [JsonPropertyName("integrityRequirement")]
    public string? IntegrityRequirement { get; init; }

    /// <summary>AR.</summary>
    [JsonPropertyName("availabilityRequirement")]
    public string? AvailabilityRequirement { get; init; }

    /// <summary>MAV.</summary>
    [JsonPropertyName("modifiedAttackVector")]
    public string? ModifiedAttackVector { get; init; }

    /// <summary>MAC.</summary>
    [JsonPropertyName("modifiedAttackComplexity")]
    public string? ModifiedAttackComplexity { get; init; }

    /// <summary>MPR.</summary>
    [JsonPropertyName("modifiedPrivilegesRequired")]
    public string? ModifiedPrivilegesRequired { get; init; }

    /// <summary>MUI.</summary>
    [JsonPropertyName("modifiedUserInteraction")]
    public string? ModifiedUserInteraction { get; init; }

    /// <summary>MS.</summary>
    [JsonPropertyName("modifiedScope")]
    public string? ModifiedScope { get; init; }

    /// <summary>MC.</summary>
    [JsonPropertyName("modifiedConfidentialityImpact")]
    public string? ModifiedConfidentialityImpact { get; init; }

    /// <summary>MI.</summary>
    [JsonPropertyName("modifiedIntegrityImpact")]
    public string? ModifiedIntegrityImpact { get; init; }

    /// <summary>MA.</summary>
    [JsonPropertyName("modifiedAvailabilityImpact")]
    public string? ModifiedAvailabilityImpact { get; init; }

    /// <summary>The environmental score.</summary>
    [JsonPropertyName("environmentalScore")]
    public double? EnvironmentalScore { get; init; }

    /// <summary>The environmental severity.</summary>
    [JsonPropertyName("environmentalSeverity")]
    public string? EnvironmentalSeverity { get; init; }
}
