using CodeAssure.Advisories.Csaf.Validation.Mandatory;
using CodeAssure.Vulnerabilities.Cvss;

namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>CSAF 2.0 §6.2.19 CVSS for Fixed Products.</summary>
internal sealed class CvssForFixedProducts : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.2.19";

    /// <inheritdoc/>
    public override string Name => "CVSS for Fixed Products";

    // Environmental metrics stated only as properties (e.g. targetDistribution NONE) count too: they are appended
    // to the vector when it does not set them itself.
    private static string WithProperties(string vectorString, IEnumerable<(string Property, string Metric, string? Value)> properties, Func<string, string> abbreviate)
    {
        string[] environmental = ["CDP", "TD", "CR", "IR", "AR", "MAV", "MAC", "MPR", "MUI", "MS", "MC", "MI", "MA"];
        var present = vectorString.Split('/').Select(part => part.Split(':')[0]).ToHashSet(StringComparer.Ordinal);
        var added = properties.Where(p => p.Value is not null && environmental.Contains(p.Metric) && !present.Contains(p.Metric))
            .Select(p => $"{p.Metric}:{abbreviate(p.Value!)}");
        return string.Join('/', new[] { vectorString }.Concat(added));
    }

    // The vector takes precedence; without environmental metrics in it, the stated environmentalScore decides.
    private static double? EnvironmentalScore(string vectorString, double? stated) =>
        CvssVector.TryParse(vectorString, out var vector) && vector.HasEnvironmentalMetrics
            ? vector switch
            {
                CvssV3Vector v3 => v3.EnvironmentalScore,
                CvssV2Vector v2 => v2.EnvironmentalScore,
                _ => stated,
            }
            : stated;

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            var status = vulnerability.ProductStatus;
            var fixedIds = (status?.FirstFixed ?? []).Concat(status?.Fixed ?? []).ToHashSet(StringComparer.Ordinal);
            foreach (var (score, s) in (vulnerability.Scores ?? []).Select((x, i) => (x, i)))
            {
                var fixedHere = score.Products.Where(fixedIds.Contains).ToList();
                if (fixedHere.Count == 0)
                {
                    continue;
                }

                if (score.CvssV3 is { } v3 && EnvironmentalScore(WithProperties(v3.VectorString, InconsistentCvss.V3Properties(v3), InconsistentCvss.V3Abbreviation), v3.EnvironmentalScore) is not 0.0)
                {
                    yield return Hit($"/vulnerabilities/{v}/scores/{s}/cvss_v3", $"fixed product(s) {string.Join(", ", fixedHere)} have a CVSS v3 environmental score other than 0");
                }

                if (score.CvssV2 is { } v2 && EnvironmentalScore(WithProperties(v2.VectorString, InconsistentCvss.V2Properties(v2), InconsistentCvss.V2Abbreviation), v2.EnvironmentalScore) is not 0.0)
                {
                    yield return Hit($"/vulnerabilities/{v}/scores/{s}/cvss_v2", $"fixed product(s) {string.Join(", ", fixedHere)} have a CVSS v2 environmental score other than 0");
                }
            }
        }
    }
}
