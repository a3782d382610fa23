using CodeAssure.Advisories.Csaf.Model;
using CodeAssure.Vulnerabilities.Cvss;

namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.10 Inconsistent CVSS.</summary>
internal sealed class InconsistentCvss : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.10";

    /// <inheritdoc/>
    public override string Name => "Inconsistent CVSS";

    // The v3 schema's enumeration values are the metric value names; their vector abbreviation is the first letter.
    internal static string V3Abbreviation(string value) => value == "NOT_DEFINED" ? "X" : value[..1];

    internal static string V2Abbreviation(string value) => value switch
    {
        "NOT_DEFINED" => "ND",
        "PROOF_OF_CONCEPT" => "POC",
        "OFFICIAL_FIX" => "OF",
        "TEMPORARY_FIX" => "TF",
        "UNCONFIRMED" => "UC",
        "UNCORROBORATED" => "UR",
        "LOW_MEDIUM" => "LM",
        "MEDIUM_HIGH" => "MH",
        _ => value[..1],
    };

    internal static IEnumerable<(string Property, string Metric, string? Value)> V3Properties(CvssV3Score c) =>
    [
        ("attackVector", "AV", c.AttackVector), ("attackComplexity", "AC", c.AttackComplexity),
        ("privilegesRequired", "PR", c.PrivilegesRequired), ("userInteraction", "UI", c.UserInteraction),
        ("scope", "S", c.Scope), ("confidentialityImpact", "C", c.ConfidentialityImpact),
        ("integrityImpact", "I", c.IntegrityImpact), ("availabilityImpact", "A", c.AvailabilityImpact),
        ("exploitCodeMaturity", "E", c.ExploitCodeMaturity), ("remediationLevel", "RL", c.RemediationLevel),
        ("reportConfidence", "RC", c.ReportConfidence), ("confidentialityRequirement", "CR", c.ConfidentialityRequirement),
        ("integrityRequirement", "IR", c.IntegrityRequirement), ("availabilityRequirement", "AR", c.AvailabilityRequirement),
        ("modifiedAttackVector", "MAV", c.ModifiedAttackVector), ("modifiedAttackComplexity", "MAC", c.ModifiedAttackComplexity),
        ("modifiedPrivilegesRequired", "MPR", c.ModifiedPrivilegesRequired), ("modifiedUserInteraction", "MUI", c.ModifiedUserInteraction),
        ("modifiedScope", "MS", c.ModifiedScope), ("modifiedConfidentialityImpact", "MC", c.ModifiedConfidentialityImpact),
        ("modifiedIntegrityImpact", "MI", c.ModifiedIntegrityImpact), ("modifiedAvailabilityImpact", "MA", c.ModifiedAvailabilityImpact),
    ];

    internal static IEnumerable<(string Property, string Metric, string? Value)> V2Properties(CvssV2Score c) =>
    [
        ("accessVector", "AV", c.AccessVector), ("accessComplexity", "AC", c.AccessComplexity),
        ("authentication", "Au", c.Authentication), ("confidentialityImpact", "C", c.ConfidentialityImpact),
        ("integrityImpact", "I", c.IntegrityImpact), ("availabilityImpact", "A", c.AvailabilityImpact),
        ("exploitability", "E", c.Exploitability), ("remediationLevel", "RL", c.RemediationLevel),
        ("reportConfidence", "RC", c.ReportConfidence), ("collateralDamagePotential", "CDP", c.CollateralDamagePotential),
        ("targetDistribution", "TD", c.TargetDistribution), ("confidentialityRequirement", "CR", c.ConfidentialityRequirement),
        ("integrityRequirement", "IR", c.IntegrityRequirement), ("availabilityRequirement", "AR", c.AvailabilityRequirement),
    ];

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            foreach (var (score, s) in (vulnerability.Scores ?? []).Select((x, i) => (x, i)))
            {
                var at = $"/vulnerabilities/{v}/scores/{s}";
                if (score.CvssV3 is { } v3 && CvssVector.TryParse(v3.VectorString, out var vector3) && vector3 is CvssV3Vector)
                {
                    var prefix = "CVSS:" + v3.Version + "/";
                    if (!v3.VectorString.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        yield return Hit(at + "/cvss_v3/version", $"is {v3.Version} but the vector is {v3.VectorString.Split('/')[0]}");
                    }

                    foreach (var (property, metric, value) in V3Properties(v3))
                    {
                        var inVector = vector3.Metrics.TryGetValue(metric, out var given) ? given : "X";
                        if (value is not null && !string.Equals(V3Abbreviation(value), inVector, StringComparison.Ordinal))
                        {
                            yield return Hit($"{at}/cvss_v3/{property}", $"is {value} but the vector has {metric}:{inVector}");
                        }
                    }
                }

                if (score.CvssV2 is { } v2 && CvssVector.TryParse(v2.VectorString, out var vector2) && vector2 is CvssV2Vector)
                {
                    foreach (var (property, metric, value) in V2Properties(v2))
                    {
                        var inVector = vector2.Metrics.TryGetValue(metric, out var given) ? given : "ND";
                        if (value is not null && !string.Equals(V2Abbreviation(value), inVector, StringComparison.Ordinal))
                        {
                            yield return Hit($"{at}/cvss_v2/{property}", $"is {value} but the vector has {metric}:{inVector}");
                        }
                    }
                }
            }
        }
    }
}
