namespace CodeAssure.Vulnerabilities.Cvss;

/// <summary>
/// A CVSS v4.0 vector (e.g. <c>CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N</c>) and its single
/// score, computed by the macro-vector method of the FIRST CVSS v4.0 specification. The score takes into account
/// whatever threat and environmental metrics the vector sets, and <see cref="Nomenclature"/> says which
/// (CVSS-B, CVSS-BT, CVSS-BE or CVSS-BTE). Supplemental metrics are read and kept but never change the score.
/// </summary>
public sealed class CvssV4Vector : CvssVector
{
    /// <summary>The prefix of a CVSS v4.0 vector.</summary>
    public const string Prefix = "CVSS:4.0";

    private static readonly CvssMetricDefinition[] Definitions =
    [
        CvssMetricDefinition.Base("AV", "N", "A", "L", "P"),
        CvssMetricDefinition.Base("AC", "L", "H"),
        CvssMetricDefinition.Base("AT", "N", "P"),
        CvssMetricDefinition.Base("PR", "N", "L", "H"),
        CvssMetricDefinition.Base("UI", "N", "P", "A"),
        CvssMetricDefinition.Base("VC", "H", "L", "N"),
        CvssMetricDefinition.Base("VI", "H", "L", "N"),
        CvssMetricDefinition.Base("VA", "H", "L", "N"),
        CvssMetricDefinition.Base("SC", "H", "L", "N"),
        CvssMetricDefinition.Base("SI", "H", "L", "N"),
        CvssMetricDefinition.Base("SA", "H", "L", "N"),
        CvssMetricDefinition.Optional("E", CvssMetricGroup.Temporal, "X", "A", "P", "U"),
        CvssMetricDefinition.Optional("CR", CvssMetricGroup.Environmental, "X", "H", "M", "L"),
        CvssMetricDefinition.Optional("IR", CvssMetricGroup.Environmental, "X", "H", "M", "L"),
        CvssMetricDefinition.Optional("AR", CvssMetricGroup.Environmental, "X", "H", "M", "L"),
        CvssMetricDefinition.Optional("MAV", CvssMetricGroup.Environmental, "X", "N", "A", "L", "P"),
        CvssMetricDefinition.Optional("MAC", CvssMetricGroup.Environmental, "X", "L", "H"),
        CvssMetricDefinition.Optional("MAT", CvssMetricGroup.Environmental, "X", "N", "P"),
        CvssMetricDefinition.Optional("MPR", CvssMetricGroup.Environmental, "X", "N", "L", "H"),
        CvssMetricDefinition.Optional("MUI", CvssMetricGroup.Environmental, "X", "N", "P", "A"),
        CvssMetricDefinition.Optional("MVC", CvssMetricGroup.Environmental, "X", "H", "L", "N"),
        CvssMetricDefinition.Optional("MVI", CvssMetricGroup.Environmental, "X", "H", "L", "N"),
        CvssMetricDefinition.Optional("MVA", CvssMetricGroup.Environmental, "X", "H", "L", "N"),
        CvssMetricDefinition.Optional("MSC", CvssMetricGroup.Environmental, "X", "H", "L", "N"),
        CvssMetricDefinition.Optional("MSI", CvssMetricGroup.Environmental, "X", "S", "H", "L", "N"),
        CvssMetricDefinition.Optional("MSA", CvssMetricGroup.Environmental, "X", "S", "H", "L", "N"),
        CvssMetricDefinition.Optional("S", CvssMetricGroup.Supplemental, "X", "N", "P"),
        CvssMetricDefinition.Optional("AU", CvssMetricGroup.Supplemental, "X", "N", "Y"),
        CvssMetricDefinition.Optional("R", CvssMetricGroup.Supplemental, "X", "A", "U", "I"),
        CvssMetricDefinition.Optional("V", CvssMetricGroup.Supplemental, "X", "D", "C"),
        CvssMetricDefinition.Optional("RE", CvssMetricGroup.Supplemental, "X", "L", "M", "H"),
        CvssMetricDefinition.Optional("U", CvssMetricGroup.Supplemental, "X", "Clear", "Green", "Amber", "Red"),
    ];

    private CvssV4Vector(string vectorString, IReadOnlyDictionary<string, string> metrics)
        : base(vectorString, metrics)
    {
        HasTemporalMetrics = SetsAny(metrics, CvssMetricGroup.Temporal);
        HasEnvironmentalMetrics = SetsAny(metrics, CvssMetricGroup.Environmental);
        Nomenclature = (HasTemporalMetrics, HasEnvironmentalMetrics) switch
        {
            (false, false) => CvssV4Nomenclature.Base,
            (true, false) => CvssV4Nomenclature.BaseThreat,
            (false, true) => CvssV4Nomenclature.BaseEnvironmental,
            _ => CvssV4Nomenclature.BaseThreatEnvironmental,
        };
        MacroVector = CvssV4Scorer.MacroVector(metrics);
        Score = CvssV4Scorer.Score(metrics);
        var baseOnly = Definitions.Where(d => d.Group == CvssMetricGroup.Base).ToDictionary(d => d.Name, d => metrics[d.Name], StringComparer.Ordinal);
        BaseScore = Nomenclature == CvssV4Nomenclature.Base ? Score : CvssV4Scorer.Score(baseOnly);
    }

    /// <inheritdoc/>
    public override CvssVersion Version => CvssVersion.Cvss40;

    /// <summary>The CVSS-B score: this vector's base metrics alone, as if no threat or environmental metric were set.</summary>
    public override double BaseScore { get; }

    /// <summary>The vector's CVSS v4.0 score, taking into account every metric it sets (see <see cref="Nomenclature"/>).</summary>
    public override double Score { get; }

    /// <summary>True when the threat metric E is set to something other than X.</summary>
    public override bool HasTemporalMetrics { get; }

    /// <inheritdoc/>
    public override bool HasEnvironmentalMetrics { get; }

    /// <summary>Which metric groups <see cref="Score"/> takes into account.</summary>
    public CvssV4Nomenclature Nomenclature { get; }

    /// <summary>The nomenclature as the specification writes it: "CVSS-B", "CVSS-BT", "CVSS-BE" or "CVSS-BTE".</summary>
    public string NomenclatureName => Nomenclature switch
    {
        CvssV4Nomenclature.Base => "CVSS-B",
        CvssV4Nomenclature.BaseThreat => "CVSS-BT",
        CvssV4Nomenclature.BaseEnvironmental => "CVSS-BE",
        _ => "CVSS-BTE",
    };

    /// <summary>The macro vector: six digits, the vector's levels of the equivalence classes EQ1 to EQ6.</summary>
    public string MacroVector { get; }

    /// <summary>Parses a <c>CVSS:4.0/…</c> vector: every base metric once, others optional, any order.</summary>
    public static new CvssV4Vector Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckLength(text);
        if (text == Prefix)
        {
            throw new CvssFormatException($"no metrics after the '{Prefix}' prefix");
        }

        if (!text.StartsWith(Prefix + "/", StringComparison.Ordinal))
        {
            throw new CvssFormatException($"a CVSS v4.0 vector starts with '{Prefix}/'");
        }

        return new CvssV4Vector(text, CvssMetricReader.Read(text[(Prefix.Length + 1)..], Definitions, "CVSS v4.0"));
    }

    /// <summary>Rates a score on the v4.0 scale: None 0.0, Low to 3.9, Medium to 6.9, High to 8.9, else Critical.</summary>
    public override CvssSeverity SeverityOf(double score) => FiveLevelSeverity(score);

    private static bool SetsAny(IReadOnlyDictionary<string, string> metrics, CvssMetricGroup group) =>
        Definitions.Any(d => d.Group == group && metrics.TryGetValue(d.Name, out var value) && value != d.NotDefined);
}
