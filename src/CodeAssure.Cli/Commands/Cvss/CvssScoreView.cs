using System.Globalization;
using CodeAssure.Vulnerabilities.Cvss;

namespace CodeAssure.Cli.Commands.Cvss;

/// <summary>
/// One line of <c>codeassure cvss</c> output. Scores are decimals so that JSON shows them with their one decimal
/// (<c>10.0</c>, not <c>10</c>); severity is written in capitals, as in FIRST's JSON schemas for CVSS.
/// </summary>
internal sealed record CvssScoreView(
    string Vector,
    string Version,
    decimal BaseScore,
    decimal? TemporalScore,
    decimal? EnvironmentalScore,
    string? Nomenclature,
    string Severity)
{
    public static CvssScoreView From(CvssVector vector) => vector switch
    {
        CvssV4Vector v4 => new(v4.VectorString, v4.VersionName, OneDecimal(v4.Score), null, null, v4.NomenclatureName, SeverityName(v4)),
        CvssV3Vector v3 => new(
            v3.VectorString,
            v3.VersionName,
            OneDecimal(v3.BaseScore),
            v3.HasTemporalMetrics ? OneDecimal(v3.TemporalScore) : null,
            v3.HasEnvironmentalMetrics ? OneDecimal(v3.EnvironmentalScore) : null,
            null,
            SeverityName(v3)),
        CvssV2Vector v2 => new(
            v2.VectorString,
            v2.VersionName,
            OneDecimal(v2.BaseScore),
            v2.HasTemporalMetrics ? OneDecimal(v2.TemporalScore) : null,
            v2.HasEnvironmentalMetrics ? OneDecimal(v2.EnvironmentalScore) : null,
            null,
            SeverityName(v2)),
        _ => throw new ArgumentOutOfRangeException(nameof(vector), vector.Version, "unsupported CVSS version"),
    };

    private static decimal OneDecimal(double score) =>
        decimal.Parse(score.ToString("0.0", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string SeverityName(CvssVector vector) => vector.Severity.ToString().ToUpperInvariant();
}
