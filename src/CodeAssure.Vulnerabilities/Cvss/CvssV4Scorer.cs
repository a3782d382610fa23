using System.Collections.Frozen;
using System.Globalization;

namespace CodeAssure.Vulnerabilities.Cvss;

/// <summary>
/// Scores CVSS v4.0 metrics by the macro-vector method of the FIRST CVSS v4.0 specification (section 8.2):
/// the vector falls into a macro vector (its levels of the equivalence classes EQ1–EQ6), which has a score from the
/// published table; the score is then lowered by the mean, over the classes that have a lower macro vector, of
/// (score difference to that lower macro vector) × (the vector's severity distance from the class's highest-severity
/// vector ÷ the class's depth). The arithmetic is IEEE double in the order the reference calculator uses, so results
/// match it bit for bit before the final rounding.
/// </summary>
internal static class CvssV4Scorer
{
    private const double Step = 0.1;

    // Severity levels of each value: 0 is the most severe; one step is 0.1.
    private static readonly FrozenDictionary<string, FrozenDictionary<string, double>> Levels = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal)
    {
        ["AV"] = new() { ["N"] = 0.0, ["A"] = 0.1, ["L"] = 0.2, ["P"] = 0.3 },
        ["PR"] = new() { ["N"] = 0.0, ["L"] = 0.1, ["H"] = 0.2 },
        ["UI"] = new() { ["N"] = 0.0, ["P"] = 0.1, ["A"] = 0.2 },
        ["AC"] = new() { ["L"] = 0.0, ["H"] = 0.1 },
        ["AT"] = new() { ["N"] = 0.0, ["P"] = 0.1 },
        ["VC"] = new() { ["H"] = 0.0, ["L"] = 0.1, ["N"] = 0.2 },
        ["VI"] = new() { ["H"] = 0.0, ["L"] = 0.1, ["N"] = 0.2 },
        ["VA"] = new() { ["H"] = 0.0, ["L"] = 0.1, ["N"] = 0.2 },
        ["SC"] = new() { ["H"] = 0.1, ["L"] = 0.2, ["N"] = 0.3 },
        ["SI"] = new() { ["S"] = 0.0, ["H"] = 0.1, ["L"] = 0.2, ["N"] = 0.3 },
        ["SA"] = new() { ["S"] = 0.0, ["H"] = 0.1, ["L"] = 0.2, ["N"] = 0.3 },
        ["CR"] = new() { ["H"] = 0.0, ["M"] = 0.1, ["L"] = 0.2 },
        ["IR"] = new() { ["H"] = 0.0, ["M"] = 0.1, ["L"] = 0.2 },
        ["AR"] = new() { ["H"] = 0.0, ["M"] = 0.1, ["L"] = 0.2 },
    }.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal);

    private static readonly string[] DistanceMetrics = ["AV", "PR", "UI", "AC", "AT", "VC", "VI", "VA", "SC", "SI", "SA", "CR", "IR", "AR"];

    /// <summary>The value a metric takes for scoring (the specification's "effective" value).</summary>
    public static string Effective(IReadOnlyDictionary<string, string> metrics, string metric)
    {
        var given = metrics.TryGetValue(metric, out var value) ? value : "X";
        switch (metric)
        {
            // Not Defined threat and requirement metrics take their worst case.
            case "E" when given == "X":
                return "A";
            case "CR" or "IR" or "AR" when given == "X":
                return "H";
        }

        // A defined modified base metric replaces the base metric.
        return metrics.TryGetValue("M" + metric, out var modified) && modified != "X" ? modified : given;
    }

    /// <summary>The macro vector: the six digits of the vector's EQ1…EQ6 levels.</summary>
    public static string MacroVector(IReadOnlyDictionary<string, string> metrics)
    {
        string M(string metric) => Effective(metrics, metric);
        bool Raw(string metric, string value) => metrics.TryGetValue(metric, out var given) && given == value;

        var eq1 = M("AV") == "N" && M("PR") == "N" && M("UI") == "N" ? 0
            : (M("AV") == "N" || M("PR") == "N" || M("UI") == "N") && M("AV") != "P" ? 1
            : 2;
        var eq2 = M("AC") == "L" && M("AT") == "N" ? 0 : 1;
        var eq3 = M("VC") == "H" && M("VI") == "H" ? 0
            : M("VC") == "H" || M("VI") == "H" || M("VA") == "H" ? 1
            : 2;

        // Safety (S) can only be set through the modified subsequent-system metrics.
        var eq4 = Raw("MSI", "S") || Raw("MSA", "S") ? 0
            : M("SC") == "H" || M("SI") == "H" || M("SA") == "H" ? 1
            : 2;
        var eq5 = M("E") switch { "A" => 0, "P" => 1, _ => 2 };
        var eq6 = (M("CR") == "H" && M("VC") == "H") || (M("IR") == "H" && M("VI") == "H") || (M("AR") == "H" && M("VA") == "H") ? 0 : 1;
        return string.Create(CultureInfo.InvariantCulture, $"{eq1}{eq2}{eq3}{eq4}{eq5}{eq6}");
    }

    /// <summary>The CVSS v4.0 score of the metrics (base, threat and environmental as given), rounded to one decimal.</summary>
    public static double Score(IReadOnlyDictionary<string, string> metrics)
    {
        string M(string metric) => Effective(metrics, metric);

        // No impact on the vulnerable or any subsequent system scores 0 whatever else is set.
        if (M("VC") == "N" && M("VI") == "N" && M("VA") == "N" && M("SC") == "N" && M("SI") == "N" && M("SA") == "N")
        {
            return 0.0;
        }

        var macro = MacroVector(metrics);
        var eq = macro.Select(c => c - '0').ToArray();
        var value = CvssV4MacroVectorData.Scores[macro];

        // a. The score of the next lower macro vector in each class, if there is one.
        double? Lookup(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6) =>
            CvssV4MacroVectorData.Scores.TryGetValue(string.Create(CultureInfo.InvariantCulture, $"{eq1}{eq2}{eq3}{eq4}{eq5}{eq6}"), out var s)
                ? s
                : null;

        var lowerEq1 = Lookup(eq[0] + 1, eq[1], eq[2], eq[3], eq[4], eq[5]);
        var lowerEq2 = Lookup(eq[0], eq[1] + 1, eq[2], eq[3], eq[4], eq[5]);
        double? lowerEq3Eq6 = (eq[2], eq[5]) switch
        {
            // EQ3 and EQ6 move together: 00 can go down to 01 or 10 (the higher of the two counts), 01 to 11, 10 to 11, 11 to 21.
            (0, 0) => HigherOf(Lookup(eq[0], eq[1], eq[2], eq[3], eq[4], eq[5] + 1), Lookup(eq[0], eq[1], eq[2] + 1, eq[3], eq[4], eq[5])),
            (1, 0) => Lookup(eq[0], eq[1], eq[2], eq[3], eq[4], eq[5] + 1),
            (0 or 1, 1) => Lookup(eq[0], eq[1], eq[2] + 1, eq[3], eq[4], eq[5]),
            _ => null,
        };
        var lowerEq4 = Lookup(eq[0], eq[1], eq[2], eq[3] + 1, eq[4], eq[5]);
        var lowerEq5 = Lookup(eq[0], eq[1], eq[2], eq[3], eq[4] + 1, eq[5]);

        // b. The severity distance of each metric from the first highest-severity vector of the macro vector that is
        //    at least as severe in every metric.
        var distance = SeverityDistances(metrics, eq);
        var distanceEq1 = distance["AV"] + distance["PR"] + distance["UI"];
        var distanceEq2 = distance["AC"] + distance["AT"];
        var distanceEq3Eq6 = distance["VC"] + distance["VI"] + distance["VA"] + distance["CR"] + distance["IR"] + distance["AR"];
        var distanceEq4 = distance["SC"] + distance["SI"] + distance["SA"];

        // c–d. Each class with a lower macro vector contributes (score difference) × (distance ÷ depth); EQ5 has depth
        //      one, so its proportion is always 0, but it still counts towards the mean.
        var existingLower = 0;
        var total = 0.0;
        var contributions = new (double? Lower, double Proportion)[]
        {
            (lowerEq1, distanceEq1 / (CvssV4MacroVectorData.Eq1Depth[eq[0]] * Step)),
            (lowerEq2, distanceEq2 / (CvssV4MacroVectorData.Eq2Depth[eq[1]] * Step)),
            (lowerEq3Eq6, distanceEq3Eq6 / (CvssV4MacroVectorData.Eq3Eq6Depth[eq[2]][eq[5]] * Step)),
            (lowerEq4, distanceEq4 / (CvssV4MacroVectorData.Eq4Depth[eq[3]] * Step)),
            (lowerEq5, 0.0),
        };
        foreach (var (lower, proportion) in contributions)
        {
            if (lower is { } lowerScore)
            {
                existingLower++;
                total += (value - lowerScore) * proportion;
            }
        }

        // 2–3. Subtract the mean distance, keep within 0–10 and round.
        var meanDistance = existingLower == 0 ? 0.0 : total / existingLower;
        value -= meanDistance;
        value = Math.Clamp(value, 0.0, 10.0);
        return RoundToOneDecimal(value);
    }

    /// <summary>
    /// Rounds half up to one decimal. A millionth is added first so that binary noise in the subtraction (8.6 − 7.15 is
    /// 1.4499999999999993 in doubles) does not turn a true x.x5 into a round-down.
    /// </summary>
    internal static double RoundToOneDecimal(double value) => Math.Floor(((value + 1e-6) * 10.0) + 0.5) / 10.0;

    private static double? HigherOf(double? left, double? right) => left > right ? left : right;

    private static Dictionary<string, double> SeverityDistances(IReadOnlyDictionary<string, string> metrics, int[] eq)
    {
        var eq3Eq6 = CvssV4MacroVectorData.Eq3Eq6Maxima[eq[2]][eq[5]];
        Dictionary<string, double> distances = [];
        foreach (var eq1 in CvssV4MacroVectorData.Eq1Maxima[eq[0]])
        {
            foreach (var eq2 in CvssV4MacroVectorData.Eq2Maxima[eq[1]])
            {
                foreach (var eq36 in eq3Eq6)
                {
                    foreach (var eq4 in CvssV4MacroVectorData.Eq4Maxima[eq[3]])
                    {
                        foreach (var eq5 in CvssV4MacroVectorData.Eq5Maxima[eq[4]])
                        {
                            var max = ParseMaximum($"{eq1}/{eq2}/{eq36}/{eq4}/{eq5}");
                            distances = DistanceMetrics.ToDictionary(
                                m => m, m => Levels[m][Effective(metrics, m)] - Levels[m][max[m]], StringComparer.Ordinal);
                            if (distances.Values.All(d => d >= 0))
                            {
                                return distances;
                            }
                        }
                    }
                }
            }
        }

        // No highest-severity vector dominates every metric: like the reference calculator, use the last one tried.
        return distances;
    }

    private static Dictionary<string, string> ParseMaximum(string vector) =>
        vector.Split('/').Select(p => p.Split(':')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}
