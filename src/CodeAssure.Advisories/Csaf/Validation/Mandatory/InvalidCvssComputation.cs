using System.Globalization;
using CodeAssure.Vulnerabilities.Cvss;

namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.9 Invalid CVSS computation.</summary>
internal sealed class InvalidCvssComputation : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.9";

    /// <inheritdoc/>
    public override string Name => "Invalid CVSS computation";

    private IEnumerable<CsafFinding> CheckScore(string path, double? given, double computed)
    {
        if (given is { } value && Math.Abs(value - computed) > 0.0001)
        {
            yield return Hit(path, string.Create(CultureInfo.InvariantCulture, $"is {value} but the vector gives {computed:0.0}"));
        }
    }

    private IEnumerable<CsafFinding> CheckSeverity(string path, string? given, CvssVector vector, double score)
    {
        var computed = vector.SeverityOf(score).ToString().ToUpperInvariant();
        if (!string.IsNullOrEmpty(given) && !string.Equals(given, computed, StringComparison.Ordinal))
        {
            yield return Hit(path, $"is {given} but the vector gives {computed}");
        }
    }

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            foreach (var (score, s) in (vulnerability.Scores ?? []).Select((x, i) => (x, i)))
            {
                var at = $"/vulnerabilities/{v}/scores/{s}";
                if (score.CvssV3 is { } v3 && CvssVector.TryParse(v3.VectorString, out var parsed3) && parsed3 is CvssV3Vector vector3)
                {
                    foreach (var hit in CheckScore(at + "/cvss_v3/baseScore", v3.BaseScore, vector3.BaseScore)
                        .Concat(CheckSeverity(at + "/cvss_v3/baseSeverity", v3.BaseSeverity, vector3, vector3.BaseScore))
                        .Concat(CheckScore(at + "/cvss_v3/temporalScore", v3.TemporalScore, vector3.TemporalScore))
                        .Concat(CheckSeverity(at + "/cvss_v3/temporalSeverity", v3.TemporalSeverity, vector3, vector3.TemporalScore))
                        .Concat(CheckScore(at + "/cvss_v3/environmentalScore", v3.EnvironmentalScore, vector3.EnvironmentalScore))
                        .Concat(CheckSeverity(at + "/cvss_v3/environmentalSeverity", v3.EnvironmentalSeverity, vector3, vector3.EnvironmentalScore)))
                    {
                        yield return hit;
                    }
                }

                if (score.CvssV2 is { } v2 && CvssVector.TryParse(v2.VectorString, out var parsed2) && parsed2 is CvssV2Vector vector2)
                {
                    foreach (var hit in CheckScore(at + "/cvss_v2/baseScore", v2.BaseScore, vector2.BaseScore)
                        .Concat(CheckScore(at + "/cvss_v2/temporalScore", v2.TemporalScore, vector2.TemporalScore))
                        .Concat(CheckScore(at + "/cvss_v2/environmentalScore", v2.EnvironmentalScore, vector2.EnvironmentalScore)))
                    {
                        yield return hit;
                    }
                }
            }
        }
    }
}
