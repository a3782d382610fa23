using CodeAssure.Vulnerabilities.Cvss;

namespace CodeAssure.Vulnerabilities.Tests.Cvss;

/// <summary>Well-known vectors of each version, with scores from the FIRST calculators, including temporal and environmental groups.</summary>
public sealed class CvssScoringTests
{
    [Theory]
    [InlineData("AV:N/AC:L/Au:N/C:C/I:C/A:C", 10.0, CvssSeverity.High)]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:P", 7.5, CvssSeverity.High)]
    [InlineData("AV:N/AC:M/Au:N/C:N/I:P/A:N", 4.3, CvssSeverity.Medium)]
    [InlineData("AV:N/AC:L/Au:N/C:N/I:N/A:N", 0.0, CvssSeverity.Low)]
    public void Scores_v2_base_vectors_with_nvd_severity(string text, double score, CvssSeverity severity)
    {
        var vector = Assert.IsType<CvssV2Vector>(CvssVector.Parse(text));

        Assert.Equal(CvssVersion.Cvss20, vector.Version);
        Assert.Equal("2.0", vector.VersionName);
        Assert.Equal(score, vector.BaseScore);
        Assert.False(vector.HasTemporalMetrics);
        Assert.False(vector.HasEnvironmentalMetrics);
        Assert.Equal(score, vector.Score);
        Assert.Equal(severity, vector.Severity);
    }

    [Fact]
    public void Scores_v2_temporal_and_environmental_groups()
    {
        var temporal = Assert.IsType<CvssV2Vector>(CvssVector.Parse("AV:N/AC:L/Au:N/C:P/I:P/A:P/E:F/RL:OF/RC:C"));
        var full = Assert.IsType<CvssV2Vector>(CvssVector.Parse("AV:N/AC:L/Au:N/C:P/I:P/A:P/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:H/IR:H/AR:H"));

        Assert.Equal((7.5, 6.2), (temporal.BaseScore, temporal.TemporalScore));
        Assert.True(temporal.HasTemporalMetrics);
        Assert.False(temporal.HasEnvironmentalMetrics);
        Assert.Equal(6.2, temporal.Score);
        Assert.Equal(CvssSeverity.Medium, temporal.Severity);
        Assert.Equal((7.5, 6.2, 8.7), (full.BaseScore, full.TemporalScore, full.EnvironmentalScore));
        Assert.Equal(8.7, full.Score);
    }

    [Fact]
    public void Keeps_a_negative_v2_adjusted_temporal_score_inside_the_environmental_equation()
    {
        // CR:H with C:N and IR:L on I:P leave an adjusted impact so low that the adjusted temporal score is -0.2;
        // the guide's equation then gives (-0.2 + 10.2 × 0.3) × 1 = 2.86 → 2.9 (clamping first would give 3.0).
        var vector = Assert.IsType<CvssV2Vector>(CvssVector.Parse("AV:L/AC:H/Au:M/C:N/I:P/A:N/RL:TF/RC:ND/CDP:LM/CR:H/IR:L/AR:H"));

        Assert.Equal((0.8, 0.7, 2.9), (vector.BaseScore, vector.TemporalScore, vector.EnvironmentalScore));
    }

    [Fact]
    public void Accepts_the_nvd_parenthesised_v2_form()
    {
        var vector = CvssVector.Parse("(AV:N/AC:L/Au:N/C:P/I:P/A:P)");

        Assert.Equal(7.5, vector.BaseScore);
        Assert.Equal("AV:N/AC:L/Au:N/C:P/I:P/A:P", vector.VectorString);
    }

    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8, CvssSeverity.Critical)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0, CvssSeverity.Critical)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1, CvssSeverity.Medium)]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1, CvssSeverity.Medium)]
    [InlineData("CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N", 0.0, CvssSeverity.None)]
    [InlineData("CVSS:3.1/S:U/AV:N/AC:L/PR:H/UI:N/C:L/I:L/A:N", 3.8, CvssSeverity.Low)]
    public void Scores_v3_base_vectors(string text, double score, CvssSeverity severity)
    {
        var vector = Assert.IsType<CvssV3Vector>(CvssVector.Parse(text));

        Assert.Equal(score, vector.BaseScore);
        Assert.Equal(severity, vector.Severity);

        // Not Defined temporal metrics leave the temporal score at the base score.
        Assert.Equal(score, vector.TemporalScore);
    }

    [Fact]
    public void Scores_v31_temporal_metrics()
    {
        var vector = CvssVector.Parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:R");

        Assert.Equal(CvssVersion.Cvss31, vector.Version);
        Assert.True(vector.HasTemporalMetrics);
        Assert.False(vector.HasEnvironmentalMetrics);
        Assert.Equal(9.8, vector.BaseScore);
        Assert.Equal(8.2, vector.Score);
        Assert.Equal(CvssSeverity.High, vector.Severity);
    }

    [Theory]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H/MS:C/CR:H", 9.6)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H/MS:C/CR:H", 9.7)]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H/MS:C/CR:H/IR:H/AR:H", 9.9)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H/MS:C/CR:H/IR:H/AR:H", 10.0)]
    public void Uses_each_minor_versions_modified_impact_for_a_changed_scope(string text, double environmental)
    {
        var vector = Assert.IsType<CvssV3Vector>(CvssVector.Parse(text));

        Assert.True(vector.HasEnvironmentalMetrics);
        Assert.Equal(environmental, vector.EnvironmentalScore);
        Assert.Equal(environmental, vector.Score);
    }

    [Fact]
    public void Treats_all_X_metrics_as_not_setting_a_group()
    {
        var vector = CvssVector.Parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:X/RL:X/RC:X/MAV:X/CR:X");

        Assert.False(vector.HasTemporalMetrics);
        Assert.False(vector.HasEnvironmentalMetrics);
        Assert.Equal(9.8, vector.Score);
    }

    [Theory]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9.3, "000200", CvssV4Nomenclature.Base, CvssSeverity.Critical)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U", 8.1, "000220", CvssV4Nomenclature.BaseThreat, CvssSeverity.High)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSI:S/MSA:S", 10.0, "000000", CvssV4Nomenclature.BaseEnvironmental, CvssSeverity.Critical)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:P/CR:L/IR:L/AR:L", 7.9, "000211", CvssV4Nomenclature.BaseThreatEnvironmental, CvssSeverity.High)]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 8.5, "100200", CvssV4Nomenclature.Base, CvssSeverity.High)]
    [InlineData("CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N", 1.0, "212201", CvssV4Nomenclature.Base, CvssSeverity.Low)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N", 0.0, "002201", CvssV4Nomenclature.Base, CvssSeverity.None)]
    public void Scores_v4_vectors_by_macro_vector(string text, double score, string macroVector, CvssV4Nomenclature nomenclature, CvssSeverity severity)
    {
        var vector = Assert.IsType<CvssV4Vector>(CvssVector.Parse(text));

        Assert.Equal(score, vector.Score);
        Assert.Equal(macroVector, vector.MacroVector);
        Assert.Equal(nomenclature, vector.Nomenclature);
        Assert.Equal(severity, vector.Severity);
    }

    [Fact]
    public void Gives_v4_base_score_without_threat_and_environmental_metrics()
    {
        var vector = Assert.IsType<CvssV4Vector>(CvssVector.Parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U"));

        Assert.Equal(9.3, vector.BaseScore);
        Assert.Equal(8.1, vector.Score);
        Assert.Equal("CVSS-BT", vector.NomenclatureName);
    }

    [Fact]
    public void Ignores_v4_supplemental_metrics_in_the_score()
    {
        var plain = CvssVector.Parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N");
        var supplemented = Assert.IsType<CvssV4Vector>(
            CvssVector.Parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/S:P/AU:Y/R:I/V:C/RE:H/U:Red"));

        Assert.Equal(plain.Score, supplemented.Score);
        Assert.Equal(CvssV4Nomenclature.Base, supplemented.Nomenclature);
        Assert.Equal("Red", supplemented.Metrics["U"]);
    }

    [Fact]
    public void Treats_vectors_with_the_same_metrics_in_another_order_as_equal()
    {
        var a = CvssVector.Parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        var b = CvssVector.Parse("CVSS:3.1/S:U/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H");
        var c = CvssVector.Parse("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }

    [Theory]
    [InlineData(0.0, CvssSeverity.None)]
    [InlineData(0.1, CvssSeverity.Low)]
    [InlineData(3.9, CvssSeverity.Low)]
    [InlineData(4.0, CvssSeverity.Medium)]
    [InlineData(6.9, CvssSeverity.Medium)]
    [InlineData(7.0, CvssSeverity.High)]
    [InlineData(8.9, CvssSeverity.High)]
    [InlineData(9.0, CvssSeverity.Critical)]
    [InlineData(10.0, CvssSeverity.Critical)]
    public void Rates_v3_and_v4_scores_on_the_five_level_scale(double score, CvssSeverity severity)
    {
        Assert.Equal(severity, CvssVector.Parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").SeverityOf(score));
        Assert.Equal(severity, CvssVector.Parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N").SeverityOf(score));
    }

    [Theory]
    [InlineData(0.0, CvssSeverity.Low)]
    [InlineData(3.9, CvssSeverity.Low)]
    [InlineData(4.0, CvssSeverity.Medium)]
    [InlineData(6.9, CvssSeverity.Medium)]
    [InlineData(7.0, CvssSeverity.High)]
    [InlineData(10.0, CvssSeverity.High)]
    public void Rates_v2_scores_as_the_nvd_does(double score, CvssSeverity severity) =>
        Assert.Equal(severity, CvssVector.Parse("AV:N/AC:L/Au:N/C:P/I:P/A:P").SeverityOf(score));
}
