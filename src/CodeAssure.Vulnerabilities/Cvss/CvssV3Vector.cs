using System.Numerics;

namespace CodeAssure.Vulnerabilities.Cvss;

/// <summary>
/// A CVSS v3.0 or v3.1 vector (e.g. <c>CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H</c>) with its base, temporal and
/// environmental scores, computed by the equations of the FIRST specification of its minor version:
/// <list type="bullet">
/// <item>v3.1 (specification section 7 and Appendix A): IEEE doubles and the <c>Roundup</c> that first rounds to five
/// decimals as an integer, so that floating-point noise such as 4.000000000000001 does not round up to 4.1; and the
/// revised modified impact for a changed scope, <c>7.52 × (MISS − 0.029) − 3.25 × (MISS × 0.9731 − 0.02)^13</c>.</item>
/// <item>v3.0 (specification section 8): "Round up" is the smallest one-decimal number not below its input, applied
/// to the exact decimal value (computed in <see cref="decimal"/>, where the constants are exact), and the modified
/// impact for a changed scope is <c>7.52 × (MISS − 0.029) − 3.25 × (MISS − 0.02)^15</c>.</item>
/// </list>
/// </summary>
public sealed class CvssV3Vector : CvssVector
{
    /// <summary>The prefix of a CVSS v3.0 vector.</summary>
    public const string Prefix30 = "CVSS:3.0";

    /// <summary>The prefix of a CVSS v3.1 vector.</summary>
    public const string Prefix31 = "CVSS:3.1";

    private static readonly CvssMetricDefinition[] Definitions =
    [
        CvssMetricDefinition.Base("AV", "N", "A", "L", "P"),
        CvssMetricDefinition.Base("AC", "L", "H"),
        CvssMetricDefinition.Base("PR", "N", "L", "H"),
        CvssMetricDefinition.Base("UI", "N", "R"),
        CvssMetricDefinition.Base("S", "U", "C"),
        CvssMetricDefinition.Base("C", "H", "L", "N"),
        CvssMetricDefinition.Base("I", "H", "L", "N"),
        CvssMetricDefinition.Base("A", "H", "L", "N"),
        CvssMetricDefinition.Optional("E", CvssMetricGroup.Temporal, "X", "H", "F", "P", "U"),
        CvssMetricDefinition.Optional("RL", CvssMetricGroup.Temporal, "X", "U", "W", "T", "O"),
        CvssMetricDefinition.Optional("RC", CvssMetricGroup.Temporal, "X", "C", "R", "U"),
        CvssMetricDefinition.Optional("CR", CvssMetricGroup.Environmental, "X", "H", "M", "L"),
        CvssMetricDefinition.Optional("IR", CvssMetricGroup.Environmental, "X", "H", "M", "L"),
        CvssMetricDefinition.Optional("AR", CvssMetricGroup.Environmental, "X", "H", "M", "L"),
        CvssMetricDefinition.Optional("MAV", CvssMetricGroup.Environmental, "X", "N", "A", "L", "P"),
        CvssMetricDefinition.Optional("MAC", CvssMetricGroup.Environmental, "X", "L", "H"),
        CvssMetricDefinition.Optional("MPR", CvssMetricGroup.Environmental, "X", "N", "L", "H"),
        CvssMetricDefinition.Optional("MUI", CvssMetricGroup.Environmental, "X", "N", "R"),
        CvssMetricDefinition.Optional("MS", CvssMetricGroup.Environmental, "X", "U", "C"),
        CvssMetricDefinition.Optional("MC", CvssMetricGroup.Environmental, "X", "H", "L", "N"),
        CvssMetricDefinition.Optional("MI", CvssMetricGroup.Environmental, "X", "H", "L", "N"),
        CvssMetricDefinition.Optional("MA", CvssMetricGroup.Environmental, "X", "H", "L", "N"),
    ];

    private CvssV3Vector(CvssVersion version, string vectorString, IReadOnlyDictionary<string, string> metrics)
        : base(vectorString, metrics)
    {
        Version = version;
        HasTemporalMetrics = SetsAny(metrics, CvssMetricGroup.Temporal);
        HasEnvironmentalMetrics = SetsAny(metrics, CvssMetricGroup.Environmental);
        var scores = version == CvssVersion.Cvss31
            ? Compute<double>(RoundUp31, revisedModifiedImpact: true)
            : Compute<decimal>(RoundUp30, revisedModifiedImpact: false);
        BaseScore = scores.Base;
        TemporalScore = scores.Temporal;
        EnvironmentalScore = scores.Environmental;
    }

    /// <inheritdoc/>
    public override CvssVersion Version { get; }

    /// <inheritdoc/>
    public override double BaseScore { get; }

    /// <summary>The temporal score; equals <see cref="BaseScore"/> when no temporal metric is defined.</summary>
    public double TemporalScore { get; }

    /// <summary>The environmental score, with Not Defined metrics taking their base values or neutral weights.</summary>
    public double EnvironmentalScore { get; }

    /// <inheritdoc/>
    public override bool HasTemporalMetrics { get; }

    /// <inheritdoc/>
    public override bool HasEnvironmentalMetrics { get; }

    /// <inheritdoc/>
    public override double Score => HasEnvironmentalMetrics ? EnvironmentalScore : HasTemporalMetrics ? TemporalScore : BaseScore;

    /// <summary>Parses a <c>CVSS:3.0/…</c> or <c>CVSS:3.1/…</c> vector: every base metric once, others optional, any order.</summary>
    public static new CvssV3Vector Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckLength(text);
        if (text is Prefix30 or Prefix31)
        {
            throw new CvssFormatException($"no metrics after the '{text}' prefix");
        }

        var version = text.StartsWith(Prefix31 + "/", StringComparison.Ordinal) ? CvssVersion.Cvss31
            : text.StartsWith(Prefix30 + "/", StringComparison.Ordinal) ? CvssVersion.Cvss30
            : throw new CvssFormatException($"a CVSS v3 vector starts with '{Prefix30}/' or '{Prefix31}/'");
        var label = version == CvssVersion.Cvss31 ? "CVSS v3.1" : "CVSS v3.0";
        return new CvssV3Vector(version, text, CvssMetricReader.Read(text[(Prefix30.Length + 1)..], Definitions, label));
    }

    /// <summary>Rates a score on the v3.x scale: None 0.0, Low to 3.9, Medium to 6.9, High to 8.9, else Critical.</summary>
    public override CvssSeverity SeverityOf(double score) => FiveLevelSeverity(score);

    /// <summary>The v3.1 Roundup of Appendix A: exact for values that are whole tenths up to five decimal places.</summary>
    private static double RoundUp31(double value)
    {
        var intInput = (long)Math.Round(value * 100_000, MidpointRounding.AwayFromZero);
        return intInput % 10_000 == 0 ? intInput / 100_000.0 : (Math.Floor(intInput / 10_000.0) + 1) / 10.0;
    }

    private static decimal RoundUp30(decimal value) => Math.Ceiling(value * 10m) / 10m;

    private static T Power<T>(T value, int exponent)
        where T : INumber<T>
    {
        var result = T.One;
        for (var i = 0; i < exponent; i++)
        {
            result *= value;
        }

        return result;
    }

    private static bool SetsAny(IReadOnlyDictionary<string, string> metrics, CvssMetricGroup group) =>
        Definitions.Any(d => d.Group == group && metrics.TryGetValue(d.Name, out var value) && value != d.NotDefined);

    private (double Base, double Temporal, double Environmental) Compute<T>(Func<T, T> roundUp, bool revisedModifiedImpact)
        where T : INumber<T>
    {
        T W(decimal weight) => T.CreateChecked(weight);
        T Weight(string metric) => W(WeightOf(metric, Value(metric), Value("S")));
        T ModifiedWeight(string metric) => W(WeightOf(metric, Modified(metric), Modified("S")));
        T Min(T a, T b) => a < b ? a : b;

        var scopeChanged = Value("S") == "C";
        var iss = T.One - ((T.One - Weight("C")) * (T.One - Weight("I")) * (T.One - Weight("A")));
        var impact = scopeChanged
            ? (W(7.52m) * (iss - W(0.029m))) - (W(3.25m) * Power(iss - W(0.02m), 15))
            : W(6.42m) * iss;
        var exploitability = W(8.22m) * Weight("AV") * Weight("AC") * Weight("PR") * Weight("UI");
        var baseScore = impact <= T.Zero
            ? T.Zero
            : roundUp(Min(scopeChanged ? W(1.08m) * (impact + exploitability) : impact + exploitability, W(10m)));

        var temporalFactor = Weight("E") * Weight("RL") * Weight("RC");
        var temporalScore = roundUp(baseScore * temporalFactor);

        var modifiedScopeChanged = Modified("S") == "C";
        var miss = Min(
            T.One - ((T.One - (ModifiedWeight("C") * Weight("CR")))
                * (T.One - (ModifiedWeight("I") * Weight("IR")))
                * (T.One - (ModifiedWeight("A") * Weight("AR")))),
            W(0.915m));
        var modifiedImpact = !modifiedScopeChanged
            ? W(6.42m) * miss
            : revisedModifiedImpact
                ? (W(7.52m) * (miss - W(0.029m))) - (W(3.25m) * Power((miss * W(0.9731m)) - W(0.02m), 13))
                : (W(7.52m) * (miss - W(0.029m))) - (W(3.25m) * Power(miss - W(0.02m), 15));
        var modifiedExploitability = W(8.22m) * ModifiedWeight("AV") * ModifiedWeight("AC") * ModifiedWeight("PR") * ModifiedWeight("UI");
        var environmentalScore = modifiedImpact <= T.Zero
            ? T.Zero
            : roundUp(roundUp(Min(
                modifiedScopeChanged ? W(1.08m) * (modifiedImpact + modifiedExploitability) : modifiedImpact + modifiedExploitability,
                W(10m))) * temporalFactor);

        return (double.CreateChecked(baseScore), double.CreateChecked(temporalScore), double.CreateChecked(environmentalScore));
    }

    private string Value(string metric) => Metrics.TryGetValue(metric, out var value) ? value : "X";

    /// <summary>The value a modified base metric takes: its own if defined, else the base metric's.</summary>
    private string Modified(string baseMetric) =>
        Metrics.TryGetValue("M" + baseMetric, out var value) && value != "X" ? value : Value(baseMetric);

    private static decimal WeightOf(string metric, string value, string scope) => (metric, value) switch
    {
        ("AV", "N") => 0.85m,
        ("AV", "A") => 0.62m,
        ("AV", "L") => 0.55m,
        ("AV", "P") => 0.2m,
        ("AC", "L") => 0.77m,
        ("AC", "H") => 0.44m,
        ("PR", "N") => 0.85m,
        ("PR", "L") => scope == "C" ? 0.68m : 0.62m,
        ("PR", "H") => scope == "C" ? 0.5m : 0.27m,
        ("UI", "N") => 0.85m,
        ("UI", "R") => 0.62m,
        ("C" or "I" or "A", "H") => 0.56m,
        ("C" or "I" or "A", "L") => 0.22m,
        ("C" or "I" or "A", "N") => 0m,
        ("E", "F") => 0.97m,
        ("E", "P") => 0.94m,
        ("E", "U") => 0.91m,
        ("RL", "W") => 0.97m,
        ("RL", "T") => 0.96m,
        ("RL", "O") => 0.95m,
        ("RC", "R") => 0.96m,
        ("RC", "U") => 0.92m,
        ("CR" or "IR" or "AR", "H") => 1.5m,
        ("CR" or "IR" or "AR", "L") => 0.5m,

        // E:H, RL:U, RC:C, CR/IR/AR:M and Not Defined (X) temporal and requirement values weigh 1.
        _ => 1m,
    };
}
