namespace CodeAssure.Vulnerabilities.Cvss;

/// <summary>
/// A CVSS v2.0 vector (e.g. <c>AV:N/AC:L/Au:N/C:P/I:P/A:P/E:F/RL:OF/RC:C</c>) with its base, temporal and
/// environmental scores, computed by the equations of "A Complete Guide to the Common Vulnerability Scoring System
/// Version 2.0" (FIRST), section 3.2, with round_to_1_decimal rounding half up. The arithmetic is done in
/// <see cref="decimal"/> so the guide's decimal constants are used exactly.
/// </summary>
public sealed class CvssV2Vector : CvssVector
{
    private static readonly CvssMetricDefinition[] Definitions =
    [
        CvssMetricDefinition.Base("AV", "L", "A", "N"),
        CvssMetricDefinition.Base("AC", "H", "M", "L"),
        CvssMetricDefinition.Base("Au", "M", "S", "N"),
        CvssMetricDefinition.Base("C", "N", "P", "C"),
        CvssMetricDefinition.Base("I", "N", "P", "C"),
        CvssMetricDefinition.Base("A", "N", "P", "C"),
        CvssMetricDefinition.Optional("E", CvssMetricGroup.Temporal, "ND", "U", "POC", "F", "H"),
        CvssMetricDefinition.Optional("RL", CvssMetricGroup.Temporal, "ND", "OF", "TF", "W", "U"),
        CvssMetricDefinition.Optional("RC", CvssMetricGroup.Temporal, "ND", "UC", "UR", "C"),
        CvssMetricDefinition.Optional("CDP", CvssMetricGroup.Environmental, "ND", "N", "L", "LM", "MH", "H"),
        CvssMetricDefinition.Optional("TD", CvssMetricGroup.Environmental, "ND", "N", "L", "M", "H"),
        CvssMetricDefinition.Optional("CR", CvssMetricGroup.Environmental, "ND", "L", "M", "H"),
        CvssMetricDefinition.Optional("IR", CvssMetricGroup.Environmental, "ND", "L", "M", "H"),
        CvssMetricDefinition.Optional("AR", CvssMetricGroup.Environmental, "ND", "L", "M", "H"),
    ];

    private CvssV2Vector(string vectorString, IReadOnlyDictionary<string, string> metrics)
        : base(vectorString, metrics)
    {
        HasTemporalMetrics = SetsAny(metrics, CvssMetricGroup.Temporal);
        HasEnvironmentalMetrics = SetsAny(metrics, CvssMetricGroup.Environmental);

        var exploitability = 20m * Weight("AV") * Weight("AC") * Weight("Au");
        var impact = 10.41m * (1m - ((1m - Weight("C")) * (1m - Weight("I")) * (1m - Weight("A"))));
        var temporalFactor = Weight("E") * Weight("RL") * Weight("RC");

        // The equations can go below zero (f(Impact) = 0 gives -0.0; a low adjusted impact gives a negative adjusted
        // temporal score); the guide applies them as written, and only the reported scores are kept at 0 or above.
        var baseScore = Math.Max(0m, BaseEquation(impact, exploitability));
        var temporalScore = RoundToOneDecimal(baseScore * temporalFactor);

        // Environmental: the temporal equation again, with the base impact replaced by the adjusted impact.
        var adjustedImpact = Math.Min(10m, 10.41m * (1m
            - ((1m - (Weight("C") * Weight("CR"))) * (1m - (Weight("I") * Weight("IR"))) * (1m - (Weight("A") * Weight("AR"))))));
        var adjustedTemporal = RoundToOneDecimal(BaseEquation(adjustedImpact, exploitability) * temporalFactor);
        var environmentalScore = Math.Max(0m, RoundToOneDecimal((adjustedTemporal + ((10m - adjustedTemporal) * Weight("CDP"))) * Weight("TD")));

        BaseScore = (double)baseScore;
        ImpactSubscore = (double)RoundToOneDecimal(impact);
        ExploitabilitySubscore = (double)RoundToOneDecimal(exploitability);
        TemporalScore = (double)temporalScore;
        EnvironmentalScore = (double)environmentalScore;
    }

    /// <inheritdoc/>
    public override CvssVersion Version => CvssVersion.Cvss20;

    /// <inheritdoc/>
    public override double BaseScore { get; }

    /// <summary>The base impact subscore, rounded to one decimal.</summary>
    public double ImpactSubscore { get; }

    /// <summary>The base exploitability subscore, rounded to one decimal.</summary>
    public double ExploitabilitySubscore { get; }

    /// <summary>The temporal score; equals <see cref="BaseScore"/> when no temporal metric is defined.</summary>
    public double TemporalScore { get; }

    /// <summary>The environmental score, with Not Defined environmental metrics at their neutral weights.</summary>
    public double EnvironmentalScore { get; }

    /// <inheritdoc/>
    public override bool HasTemporalMetrics { get; }

    /// <inheritdoc/>
    public override bool HasEnvironmentalMetrics { get; }

    /// <inheritdoc/>
    public override double Score => HasEnvironmentalMetrics ? EnvironmentalScore : HasTemporalMetrics ? TemporalScore : BaseScore;

    /// <summary>Parses a CVSS v2.0 vector: no prefix (or the NVD's form in parentheses), metrics in any order, each once.</summary>
    public static new CvssV2Vector Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckLength(text);
        var body = text;

        // The NVD published v2.0 vectors as "(AV:N/AC:L/...)"; accept that form, nothing looser.
        if (body.StartsWith('(') && body.EndsWith(')') && body.Length >= 2)
        {
            body = body[1..^1];
        }

        if (body.StartsWith("CVSS:", StringComparison.Ordinal))
        {
            throw new CvssFormatException("a CVSS v2.0 vector has no 'CVSS:' prefix");
        }

        return new CvssV2Vector(body, CvssMetricReader.Read(body, Definitions, "CVSS v2.0"));
    }

    /// <summary>Rates a score as the NVD does for v2.0: Low below 4.0, Medium below 7.0, else High.</summary>
    public override CvssSeverity SeverityOf(double score) => score switch
    {
        < 4.0 => CvssSeverity.Low,
        < 7.0 => CvssSeverity.Medium,
        _ => CvssSeverity.High,
    };

    private static decimal BaseEquation(decimal impact, decimal exploitability)
    {
        var fImpact = impact == 0m ? 0m : 1.176m;
        return RoundToOneDecimal(((0.6m * impact) + (0.4m * exploitability) - 1.5m) * fImpact);
    }

    private static decimal RoundToOneDecimal(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    private static bool SetsAny(IReadOnlyDictionary<string, string> metrics, CvssMetricGroup group) =>
        Definitions.Any(d => d.Group == group && metrics.TryGetValue(d.Name, out var value) && value != d.NotDefined);

    private decimal Weight(string metric)
    {
        var value = Metrics.TryGetValue(metric, out var given) ? given : "ND";
        return (metric, value) switch
        {
            ("AV", "L") => 0.395m,
            ("AV", "A") => 0.646m,
            ("AV", "N") => 1.0m,
            ("AC", "H") => 0.35m,
            ("AC", "M") => 0.61m,
            ("AC", "L") => 0.71m,
            ("Au", "M") => 0.45m,
            ("Au", "S") => 0.56m,
            ("Au", "N") => 0.704m,
            ("C" or "I" or "A", "N") => 0.0m,
            ("C" or "I" or "A", "P") => 0.275m,
            ("C" or "I" or "A", "C") => 0.660m,
            ("E", "U") => 0.85m,
            ("E", "POC") => 0.9m,
            ("E", "F") => 0.95m,
            ("RL", "OF") => 0.87m,
            ("RL", "TF") => 0.90m,
            ("RL", "W") => 0.95m,
            ("RC", "UC") => 0.90m,
            ("RC", "UR") => 0.95m,
            ("CDP", "N" or "ND") => 0.0m,
            ("CDP", "L") => 0.1m,
            ("CDP", "LM") => 0.3m,
            ("CDP", "MH") => 0.4m,
            ("CDP", "H") => 0.5m,
            ("TD", "N") => 0.0m,
            ("TD", "L") => 0.25m,
            ("TD", "M") => 0.75m,
            ("CR" or "IR" or "AR", "L") => 0.5m,
            ("CR" or "IR" or "AR", "H") => 1.51m,

            // E:H, RL:U, RC:C, TD:H, CR/IR/AR:M and every Not Defined temporal or environmental value weigh 1.0.
            _ => 1.0m,
        };
    }
}
