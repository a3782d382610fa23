using System.Text.Json.Serialization;

namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>A CVSS v3.0 or v3.1 score object as defined by FIRST's cvss-v3.x JSON schemas.</summary>
public sealed record CvssV3Score
{
    /// <summary>The CVSS version, "3.0" or "3.1".</summary>
    [JsonPropertyName("version")]
    [JsonPropertyOrder(29)]
    public string Version { get; init; } = "3.1";

    /// <summary>The vector string.</summary>
    [JsonPropertyName("vectorString")]
    [JsonPropertyOrder(28)]
    public string VectorString { get; init; } = "";

    /// <summary>AV.</summary>
    [JsonPropertyName("attackVector")]
    [JsonPropertyOrder(1)]
    public string? AttackVector { get; init; }

    /// <summary>AC.</summary>
    [JsonPropertyName("attackComplexity")]
    [JsonPropertyOrder(0)]
    public string? AttackComplexity { get; init; }

    /// <summary>PR.</summary>
    [JsonPropertyName("privilegesRequired")]
    [JsonPropertyOrder(21)]
    public string? PrivilegesRequired { get; init; }

    /// <summary>UI.</summary>
    [JsonPropertyName("userInteraction")]
    [JsonPropertyOrder(27)]
    public string? UserInteraction { get; init; }

    /// <summary>S.</summary>
    [JsonPropertyName("scope")]
    [JsonPropertyOrder(24)]
    public string? Scope { get; init; }

    /// <summary>C.</summary>
    [JsonPropertyName("confidentialityImpact")]
    [JsonPropertyOrder(6)]
    public string? ConfidentialityImpact { get; init; }

    /// <summary>I.</summary>
    [JsonPropertyName("integrityImpact")]
    [JsonPropertyOrder(11)]
    public string? IntegrityImpact { get; init; }

    /// <summary>A.</summary>
    [JsonPropertyName("availabilityImpact")]
    [JsonPropertyOrder(2)]
    public string? AvailabilityImpact { get; init; }

    /// <summary>The base score.</summary>
    [JsonPropertyName("baseScore")]
    [JsonPropertyOrder(4)]
    public double? BaseScore { get; init; }

    /// <summary>The base severity: NONE, LOW, MEDIUM, HIGH or CRITICAL.</summary>
    [JsonPropertyName("baseSeverity")]
    [JsonPropertyOrder(5)]
    public string BaseSeverity { get; init; } = "";

    /// <summary>E.</summary>
    [JsonPropertyName("exploitCodeMaturity")]
    [JsonPropertyOrder(10)]
    public string? ExploitCodeMaturity { get; init; }

    /// <summary>RL.</summary>
    [JsonPropertyName("remediationLevel")]
    [JsonPropertyOrder(22)]
    public string? RemediationLevel { get; init; }

    /// <summary>RC.</summary>
    [JsonPropertyName("reportConfidence")]
    [JsonPropertyOrder(23)]
    public string? ReportConfidence { get; init; }

    /// <summary>The temporal score.</summary>
    [JsonPropertyName("temporalScore")]
    [JsonPropertyOrder(25)]
    public double? TemporalScore { get; init; }

    /// <summary>The temporal severity.</summary>
    [JsonPropertyName("temporalSeverity")]
    [JsonPropertyOrder(26)]
    public string? TemporalSeverity { get; init; }

    /// <summary>CR.</summary>
    [JsonPropertyName("confidentialityRequirement")]
    [JsonPropertyOrder(7)]
    public string? ConfidentialityRequirement { get; init; }

    /// <summary>IR.</summary>
    [JsonPropertyName("integrityRequirement")]
    [JsonPropertyOrder(12)]
    public string? IntegrityRequirement { get; init; }

    /// <summary>AR.</summary>
    [JsonPropertyName("availabilityRequirement")]
    [JsonPropertyOrder(3)]
    public string? AvailabilityRequirement { get; init; }

    /// <summary>MAV.</summary>
    [JsonPropertyName("modifiedAttackVector")]
    [JsonPropertyOrder(14)]
    public string? ModifiedAttackVector { get; init; }

    /// <summary>MAC.</summary>
    [JsonPropertyName("modifiedAttackComplexity")]
    [JsonPropertyOrder(13)]
    public string? ModifiedAttackComplexity { get; init; }

    /// <summary>MPR.</summary>
    [JsonPropertyName("modifiedPrivilegesRequired")]
    [JsonPropertyOrder(18)]
    public string? ModifiedPrivilegesRequired { get; init; }

    /// <summary>MUI.</summary>
    [JsonPropertyName("modifiedUserInteraction")]
    [JsonPropertyOrder(20)]
    public string? ModifiedUserInteraction { get; init; }

    /// <summary>MS.</summary>
    [JsonPropertyName("modifiedScope")]
    [JsonPropertyOrder(19)]
    public string? ModifiedScope { get; init; }

    /// <summary>MC.</summary>
    [JsonPropertyName("modifiedConfidentialityImpact")]
    [JsonPropertyOrder(16)]
    public string? ModifiedConfidentialityImpact { get; init; }

    /// <summary>MI.</summary>
    [JsonPropertyName("modifiedIntegrityImpact")]
    [JsonPropertyOrder(17)]
    public string? ModifiedIntegrityImpact { get; init; }

    /// <summary>MA.</summary>
    [JsonPropertyName("modifiedAvailabilityImpact")]
    [JsonPropertyOrder(15)]
    public string? ModifiedAvailabilityImpact { get; init; }

    /// <summary>The environmental score.</summary>
    [JsonPropertyName("environmentalScore")]
    [JsonPropertyOrder(8)]
    public double? EnvironmentalScore { get; init; }

    /// <summary>The environmental severity.</summary>
    [JsonPropertyName("environmentalSeverity")]
    [JsonPropertyOrder(9)]
    public string? EnvironmentalSeverity { get; init; }
}
